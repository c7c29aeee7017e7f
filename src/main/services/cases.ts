import { LedgerError } from '../../shared/errors';
import { CASE_LABELS, CaseDraft, CasePatch, type Case } from '../../shared/schemas/case';
import { CASE_TABLE, getCase, insertCaseEvent } from '../db/repositories/cases';
import { getEnterprise } from '../db/repositories/enterprises';
import type { ServiceContext } from './context';
import { createEntity, deleteEntities, restoreEntities, updateEntity, type EntityKind, type WriteOptions } from './entityWrites';

/**
 * The status a new case starts in. The status workflow (extension, re-inspection, closure) is
 * the rules engine's; creating a case only records where it starts: closed if the sheet says
 * it was closed (销号日期), else under rectification.
 */
export const CASE_STATUS_OPEN = '整改中';
export const CASE_STATUS_CLOSED = '已销号';

export const caseKind: EntityKind = {
  entity: 'case',
  noun: '整改事项',
  table: CASE_TABLE,
  labels: CASE_LABELS,
  draft: CaseDraft,
  patch: CasePatch,
  check(ctx, values) {
    const enterpriseId = values.enterpriseId as number;
    const owner = getEnterprise(ctx.db, enterpriseId);
    if (!owner || owner.deletedAt) {
      throw new LedgerError('NOT_FOUND', `所属企业（编号 ${enterpriseId}）不存在或已删除，请先恢复或选择其他企业`, 'enterpriseId');
    }
    return [];
  },
  initial(_ctx, values) {
    return { status: values.closedDate ? CASE_STATUS_CLOSED : CASE_STATUS_OPEN };
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

function mustGet(ctx: ServiceContext, id: number): Case {
  const row = getCase(ctx.db, id);
  if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为 ${id} 的整改事项`);
  return row;
}

export function createCase(ctx: ServiceContext, draft: unknown, opts?: WriteOptions) {
  const r = createEntity(ctx, caseKind, draft, opts);
  return { row: mustGet(ctx, r.id), warnings: r.warnings, batchId: r.batchId };
}

export function updateCase(ctx: ServiceContext, id: number, patch: unknown, opts?: WriteOptions) {
  const r = updateEntity(ctx, caseKind, id, patch, opts);
  return { row: mustGet(ctx, id), warnings: r.warnings, batchId: r.batchId };
}

export function deleteCases(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return deleteEntities(ctx, caseKind, ids, opts);
}

export function restoreCases(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return restoreEntities(ctx, caseKind, ids, opts);
}
