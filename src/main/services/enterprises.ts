import { checkCreditCode } from '../../shared/creditCode';
import { LedgerError } from '../../shared/errors';
import { ENTERPRISE_LABELS, EnterpriseDraft, EnterprisePatch, type Enterprise } from '../../shared/schemas/enterprise';
import { findEnterpriseByUscc, getEnterprise } from '../db/repositories/enterprises';
import { ENTERPRISE_TABLE } from '../db/repositories/enterprises';
import type { ServiceContext } from './context';
import { createEntity, deleteEntities, restoreEntities, updateEntity, type EntityKind, type WriteOptions } from './entityWrites';

export const enterpriseKind: EntityKind = {
  entity: 'enterprise',
  noun: '企业',
  table: ENTERPRISE_TABLE,
  labels: ENTERPRISE_LABELS,
  draft: EnterpriseDraft,
  patch: EnterprisePatch,
  check(ctx, values, id) {
    const uscc = values.uscc as string | null | undefined;
    if (!uscc) return [];
    const holder = findEnterpriseByUscc(ctx.db, uscc, id ?? 0);
    if (holder) {
      throw new LedgerError(
        'CONFLICT',
        `「统一社会信用代码」${uscc} 已被「${holder.name}」使用，同一代码只能登记一家企业；如确是同一企业，请直接修改原记录`,
        'uscc',
      );
    }
    const check = checkCreditCode(uscc);
    return check.ok && check.warning ? [check.warning] : [];
  },
};

function mustGet(ctx: ServiceContext, id: number): Enterprise {
  const row = getEnterprise(ctx.db, id);
  if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为 ${id} 的企业`);
  return row;
}

export function createEnterprise(ctx: ServiceContext, draft: unknown, opts?: WriteOptions) {
  const r = createEntity(ctx, enterpriseKind, draft, opts);
  return { row: mustGet(ctx, r.id), warnings: r.warnings, batchId: r.batchId };
}

export function updateEnterprise(ctx: ServiceContext, id: number, patch: unknown, opts?: WriteOptions) {
  const r = updateEntity(ctx, enterpriseKind, id, patch, opts);
  return { row: mustGet(ctx, id), warnings: r.warnings, batchId: r.batchId };
}

export function deleteEnterprises(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return deleteEntities(ctx, enterpriseKind, ids, opts);
}

export function restoreEnterprises(ctx: ServiceContext, ids: readonly number[], opts?: WriteOptions) {
  return restoreEntities(ctx, enterpriseKind, ids, opts);
}

export { getEnterprise };
