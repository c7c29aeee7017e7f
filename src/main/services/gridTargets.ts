import { LedgerError } from '../../shared/errors';
import { capacityLineKind } from './capacityLines';
import { caseKind } from './cases';
import { getCapacityLine } from '../db/repositories/capacityLines';
import { getCase } from '../db/repositories/cases';
import type { ServiceContext } from './context';
import { enterpriseKind } from './enterprises';
import { ENTERPRISE_REF, resolveEnterpriseRef } from './enterpriseRef';
import type { GridTarget } from './gridEdits';
import { amountUnitConflict } from '../../shared/import/values';
import { readWrittenDate, writtenLimitText } from '../../shared/normalise/writtenDate';
import { readSettings } from './settings';
import { CAPACITY_LINE_LABELS, capacityLineEntity } from '../../shared/entities/capacityLine';
import { caseEntity } from '../../shared/entities/case';
import type { AnyEntity } from '../../shared/entities/entity';

const AMOUNT_UNITS = [['capacity', 'capacityUnit'], ['quantity', 'quantityUnit']] as const;
const DATE_FIELDS = ['plannedExitDate', 'exitDate', 'acceptanceDate', 'noticeDate', 'deadlineOverride', 'reinspectionDate', 'closedDate'];

/**
 * A date typed without its year (10月底前, 年底前) is in the row's plan year when the edit
 * carries one, else in 设置's 当前年度 — the same reader the import uses.
 */
function datesInYear(ctx: ServiceContext, values: Record<string, unknown>): Record<string, unknown> {
  let out = values;
  for (const field of DATE_FIELDS) {
    const v = values[field];
    if (typeof v !== 'string' || readWrittenDate(v, null)) continue;
    const year = typeof values.planYear === 'number' ? values.planYear : Number(values.planYear) || readSettings(ctx).year;
    const read = readWrittenDate(v, year);
    if (read) out = { ...out, [field]: read.date };
  }
  return out;
}

/** 10月底前 typed into a limit (完成时限, 指定整改期限) is kept as written beside its date; a plain day clears the old text. */
function keepWrittenLimits(entity: AnyEntity, values: Record<string, unknown>): Record<string, unknown> {
  let out = values;
  for (const [dateField, textField] of Object.entries(entity.writtenLimits)) {
    if (dateField in values && !(textField in values)) out = { ...out, [textField]: writtenLimitText(values[dateField]) };
  }
  return out;
}

/** The enterprise named by name or code, and an amount whose written unit contradicts its unit column refused naming both. */
function prepareLine(ctx: ServiceContext, raw: Record<string, unknown>, id?: number): ReturnType<typeof resolveEnterpriseRef> {
  // A line moved to another firm stays in its county's register (a city ledger holds namesakes).
  const r = resolveEnterpriseRef(ctx, raw, id === undefined ? undefined : getCapacityLine(ctx.db, id)?.county);
  if (r.error) return r;
  r.values = datesInYear(ctx, keepWrittenLimits(capacityLineEntity, r.values));
  for (const [field, unitField] of AMOUNT_UNITS) {
    const amount = raw[field];
    const unit = raw[unitField];
    if (typeof amount !== 'string' || typeof unit !== 'string') continue;
    const conflict = amountUnitConflict(amount, unit, `本行的「${CAPACITY_LINE_LABELS[unitField]}」`);
    if (conflict) return { ...r, error: { field, message: conflict } };
  }
  return r;
}

/** The three ledger grids: which kind each writes and which of its columns come from 设置 lists. */
export const enterpriseTarget: GridTarget = {
  kind: enterpriseKind,
  listFields: { town: 'towns', industry: 'industries', envCredit: 'envCredits' },
};

export const lineTarget: GridTarget = {
  kind: capacityLineKind,
  prepare: prepareLine,
  errorFields: { enterpriseId: ENTERPRISE_REF },
  listFields: { exitMethod: 'exitMethods', capacityUnit: 'capacityUnits', quantityUnit: 'quantityUnits', supervisingDept: 'departments' },
};

export const caseTarget: GridTarget = {
  kind: caseKind,
  prepare: (ctx, raw, id) => {
    const r = resolveEnterpriseRef(ctx, raw, id === undefined ? undefined : getCase(ctx.db, id)?.county);
    return { ...r, values: datesInYear(ctx, keepWrittenLimits(caseEntity, r.values)) };
  },
  errorFields: { enterpriseId: ENTERPRISE_REF },
  listFields: { source: 'caseSources', leadDepartment: 'departments' },
};

/** For the single-row channels: an enterprise named by name or code, or a Chinese refusal. */
export function withEnterpriseId(ctx: ServiceContext, raw: Record<string, unknown>): Record<string, unknown> {
  const { values, error } = resolveEnterpriseRef(ctx, raw);
  if (error) throw new LedgerError('VALIDATION', error.message, error.field);
  return values;
}
