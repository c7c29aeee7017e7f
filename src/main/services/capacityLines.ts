import { capacityLineEntity, CAPACITY_LINE_LABELS, CapacityLineDraft, CapacityLinePatch } from '../../shared/entities/capacityLine';
import { CAPACITY_LINE_TABLE, requireCapacityLine } from '../db/repositories/capacityLines';
import { requireLiveEnterprise } from '../db/repositories/enterprises';
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
    requireLiveEnterprise(ctx.db, values.enterpriseId as number);
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
