import { LedgerError } from '../../shared/errors';
import { capacityLineEntity, CAPACITY_LINE_LABELS, CapacityLineDraft, CapacityLinePatch } from '../../shared/entities/capacityLine';
import { CAPACITY_LINE_TABLE, requireCapacityLine } from '../db/repositories/capacityLines';
import { isLiveEnterprise } from '../db/repositories/enterprises';
import type { ServiceContext } from './context';
import { savedRowWriters, deleteEntities, restoreEntities, type EntityKind, type WriteOptions } from './entityWrites';

export const capacityLineKind: EntityKind = {
  entity: 'capacityLine',
  noun: '设备（生产线）',
  table: CAPACITY_LINE_TABLE,
  labels: CAPACITY_LINE_LABELS,
  unaudited: capacityLineEntity.unaudited,
  draft: CapacityLineDraft,
  patch: CapacityLinePatch,
  checkReads: ['enterprises'],
  check(ctx, values) {
    const enterpriseId = values.enterpriseId as number;
    if (!isLiveEnterprise(ctx.db, enterpriseId)) {
      throw new LedgerError('NOT_FOUND', `所属企业（编号 ${enterpriseId}）不存在或已删除，请先恢复或选择其他企业`, 'enterpriseId');
    }
    return [];
  },
};


const writers = savedRowWriters(capacityLineKind, (ctx, id) => requireCapacityLine(ctx.db, id));
export const createCapacityLine = writers.create;
export const updateCapacityLine = writers.update;

export function deleteCapacityLines(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return deleteEntities(ctx, capacityLineKind, ids, opts);
}

export function restoreCapacityLines(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return restoreEntities(ctx, capacityLineKind, ids, opts);
}
