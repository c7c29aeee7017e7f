import { checkCreditCode } from '../../shared/creditCode';
import { LedgerError } from '../../shared/errors';
import { enterpriseEntity, ENTERPRISE_LABELS, EnterpriseDraft, EnterprisePatch } from '../../shared/entities/enterprise';
import { idsDeletedInBatch, lastDeleteBatch } from '../db/repositories/audit';
import { getCapacityLine, liveLineIdsOfEnterprises } from '../db/repositories/capacityLines';
import { getCase, liveCaseIdsOfEnterprises } from '../db/repositories/cases';
import { findEnterpriseByUsccIn, getEnterprise, requireEnterprise } from '../db/repositories/enterprises';
import { ENTERPRISE_TABLE } from '../db/repositories/enterprises';
import { capacityLineKind } from './capacityLines';
import { caseKind } from './cases';
import { newBatchId, type ServiceContext } from './context';
import { savedRowWriters, deleteEntities, restoreEntities, type EntityKind, type WriteOptions } from './entityWrites';

export const enterpriseKind: EntityKind = {
  entity: 'enterprise',
  noun: '企业',
  table: ENTERPRISE_TABLE,
  labels: ENTERPRISE_LABELS,
  unaudited: enterpriseEntity.unaudited,
  draft: EnterpriseDraft,
  patch: EnterprisePatch,
  checkReads: ['enterprises'],
  check(ctx, values, id) {
    const uscc = values.uscc as string | null | undefined;
    if (!uscc) return [];
    // A code is unique within a county: a city ledger holds the same firm once per county that reports it.
    const county = id ? (getEnterprise(ctx.db, id)?.county ?? '') : '';
    const holder = findEnterpriseByUsccIn(ctx.db, uscc, county, id ?? 0);
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


const writers = savedRowWriters(enterpriseKind, (ctx, id) => requireEnterprise(ctx.db, id));
export const createEnterprise = writers.create;
export const updateEnterprise = writers.update;

/**
 * Moves enterprises to the 回收站 together with their live lines and cases, in one batch (one
 * undo step). The lines and cases go first so that undoing the batch, which works newest first,
 * brings the enterprise back before them.
 */
export function deleteEnterprises(ctx: ServiceContext, ids: readonly number[], opts: WriteOptions = {}) {
  const batched = { ...opts, batchId: opts.batchId ?? newBatchId() };
  return ctx.db.transaction(() => {
    const caseIds = liveCaseIdsOfEnterprises(ctx.db, ids);
    const lineIds = liveLineIdsOfEnterprises(ctx.db, ids);
    if (caseIds.length) deleteEntities(ctx, caseKind, caseIds, batched);
    if (lineIds.length) deleteEntities(ctx, capacityLineKind, lineIds, batched);
    const r = deleteEntities(ctx, enterpriseKind, ids, batched);
    return { ...r, cascaded: { lines: lineIds.length, cases: caseIds.length } };
  })();
}

/**
 * Restores enterprises, and with each the lines and cases that went to the 回收站 in the same
 * batch as it did (not ones deleted on their own before or after).
 */
export function restoreEnterprises(ctx: ServiceContext, ids: readonly number[], opts: WriteOptions = {}) {
  const batched = { ...opts, batchId: opts.batchId ?? newBatchId() };
  return ctx.db.transaction(() => {
    const batches = ids.map((id) => (getEnterprise(ctx.db, id)?.deletedAt ? lastDeleteBatch(ctx.db, 'enterprise', id) : undefined));
    const r = restoreEntities(ctx, enterpriseKind, ids, batched);
    const cascaded = { lines: 0, cases: 0 };
    ids.forEach((id, i) => {
      const batch = batches[i];
      if (!batch) return;
      const lineIds = idsDeletedInBatch(ctx.db, batch, 'capacityLine').filter((x) => {
        const line = getCapacityLine(ctx.db, x);
        return line?.enterpriseId === id && line.deletedAt !== null;
      });
      const caseIds = idsDeletedInBatch(ctx.db, batch, 'case').filter((x) => {
        const c = getCase(ctx.db, x);
        return c?.enterpriseId === id && c.deletedAt !== null;
      });
      if (lineIds.length) cascaded.lines += restoreEntities(ctx, capacityLineKind, lineIds, batched).count;
      if (caseIds.length) cascaded.cases += restoreEntities(ctx, caseKind, caseIds, batched).count;
    });
    return { ...r, cascaded };
  })();
}

export { getEnterprise };
