import { LedgerError } from '../../shared/errors';
import { caseEntity, CASE_LABELS, CaseDraft, CasePatch } from '../../shared/entities/case';
import { CASE_TABLE, insertCaseEvent, requireCase } from '../db/repositories/cases';
import { isLiveEnterprise } from '../db/repositories/enterprises';
import type { ServiceContext } from './context';
import { dimensionOf, initialStatus } from './caseState';
import { savedRowWriters, deleteEntities, restoreEntities, type EntityKind, type WriteOptions } from './entityWrites';

export const caseKind: EntityKind = {
  entity: 'case',
  noun: '整改事项',
  table: CASE_TABLE,
  labels: CASE_LABELS,
  unaudited: caseEntity.unaudited,
  draft: CaseDraft,
  patch: CasePatch,
  checkReads: ['enterprises'],
  check(ctx, values) {
    const enterpriseId = values.enterpriseId as number;
    if (!isLiveEnterprise(ctx.db, enterpriseId)) {
      throw new LedgerError('NOT_FOUND', `所属企业（编号 ${enterpriseId}）不存在或已删除，请先恢复或选择其他企业`, 'enterpriseId');
    }
    return [];
  },
  initial(_ctx, values) {
    // The workflow (services/caseWorkflow.ts) moves it on from here by legal steps.
    return { status: initialStatus(dimensionOf(values.dimension as string), values.noticeDate as string | null, values.closedDate as string | null) };
  },
  afterCreate(ctx, id, values, audit) {
    insertCaseEvent(ctx.db, {
      caseId: id,
      eventDate: (values.noticeDate as string | null | undefined) ?? audit.at.slice(0, 10),
      fromStatus: null,
      toStatus: values.status as string,
      operator: audit.operator,
      note: audit.source,
      createdAt: audit.at,
    });
  },
};


const writers = savedRowWriters(caseKind, (ctx, id) => requireCase(ctx.db, id));
export const createCase = writers.create;
export const updateCase = writers.update;

export function deleteCases(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return deleteEntities(ctx, caseKind, ids, opts);
}

export function restoreCases(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return restoreEntities(ctx, caseKind, ids, opts);
}
