import type { Cell } from './types';
import type { Mapping } from './mapping';
import { targetInfo, type TargetEntity, type TargetKey } from './targets';
import {
  dimensionsIn,
  normaliseCaseSource,
  normaliseDimension,
  normaliseEnterpriseStatus,
  normaliseExitMethod,
  normalisePerformanceClass,
  normaliseReinspectionResult,
  normaliseYear,
  splitAmount,
} from './values';

/**
 * One source row read through a mapping: each target field's cell is cleaned by its value
 * normaliser, then parsed by the entity schema's own field schema, so a cell is accepted or
 * refused exactly as the grid would accept or refuse it. Each refusal names its column.
 */
export interface RowIssue {
  /** The row number as the source file shows it. */
  row: number;
  /** The source column's header (退出产能/数值), or 固定值 for a constant, or null. */
  column: string | null;
  target: TargetKey | null;
  reason: string;
}

export type EntityValues = Record<string, unknown>;

export interface RowValues {
  values: Record<TargetEntity, EntityValues>;
  /** Entities the row carries: it has a value from a column for one of their fields. */
  carries: Set<TargetEntity>;
  issues: RowIssue[];
}

export const CONSTANT_COLUMN = '固定值';

type Prepare = (v: Cell) => Cell;
const PREPARE: Partial<Record<TargetKey, Prepare>> = {
  'enterprise.status': normaliseEnterpriseStatus,
  'enterprise.performanceClass': normalisePerformanceClass,
  'line.exitMethod': normaliseExitMethod,
  'line.planYear': normaliseYear,
  'case.dimension': normaliseDimension,
  'case.source': normaliseCaseSource,
  'case.reinspectionResult': normaliseReinspectionResult,
};
const AMOUNT_UNIT: Partial<Record<TargetKey, TargetKey>> = { 'line.capacity': 'line.capacityUnit', 'line.quantity': 'line.quantityUnit' };

/** Appends what to do when a schema message does not already say it. */
function withAdvice(message: string): string {
  return /请/.test(message) ? message : `${message}，请在原表中改正后重新导入`;
}

/** The offending value as the message quotes it: short, on one line. */
function shown(v: Cell): string {
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

function isBlank(v: Cell): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export interface BoundMapping {
  fields: { target: TargetKey; column: number | null; constant: string | null; columnName: string }[];
}

/** Resolves column indexes to header names once per import, not once per row. */
export function bindMapping(mapping: Mapping, columnNames: ReadonlyMap<number, string>): BoundMapping {
  return {
    fields: mapping.fields.map((f) =>
      'column' in f
        ? { target: f.target, column: f.column, constant: null, columnName: columnNames.get(f.column) ?? `第${f.column + 1}列` }
        : { target: f.target, column: null, constant: f.constant, columnName: CONSTANT_COLUMN },
    ),
  };
}

export function readRowValues(cells: readonly Cell[], sourceRow: number, bound: BoundMapping): RowValues {
  const out: RowValues = {
    values: { enterprise: {}, line: {}, case: {}, task: {}, milestone: {} },
    carries: new Set(),
    issues: [],
  };
  const raw = new Map<TargetKey, { value: Cell; column: string; fromColumn: boolean }>();
  for (const f of bound.fields) {
    const value = f.column !== null ? (cells[f.column] ?? null) : f.constant;
    if (isBlank(value)) continue;
    raw.set(f.target, { value, column: f.columnName, fromColumn: f.column !== null });
  }
  // 50万吨 in the capacity column fills the unit too, unless a unit column says otherwise.
  for (const [amountKey, unitKey] of Object.entries(AMOUNT_UNIT) as [TargetKey, TargetKey][]) {
    const amount = raw.get(amountKey);
    if (!amount) continue;
    const { value, unit } = splitAmount(amount.value);
    amount.value = value;
    if (unit === null) continue;
    const given = raw.get(unitKey);
    if (!given || !given.fromColumn) raw.set(unitKey, { value: unit, column: amount.column, fromColumn: true });
    else if (String(given.value).trim() !== unit) {
      out.issues.push({ row: sourceRow, column: amount.column, target: amountKey, reason: `数值带的单位「${unit}」与单位列的「${given.value}」不一致，请统一后重新导入` });
    }
  }
  for (const [target, { value, column, fromColumn }] of raw) {
    const info = targetInfo(target);
    if (target === 'enterprise.uscc' && typeof value === 'number') {
      out.issues.push({ row: sourceRow, column, target, reason: '统一社会信用代码被存成了数字，末几位可能已经丢失；请在原表中把该列设为“文本”并重新录入代码后再导入' });
      continue;
    }
    const prepared = PREPARE[target]?.(value) ?? value;
    const parsed = info.schema.safeParse(prepared);
    if (fromColumn) out.carries.add(info.entity);
    if (!parsed.success) {
      const message = target === 'case.dimension' && dimensionsIn(value).length > 1
        ? `含有多个维度（${dimensionsIn(value).join('、')}），一行只能登记一个维度；请拆成多行后重新导入`
        : withAdvice(parsed.error.issues[0]?.message ?? '填写有误');
      out.issues.push({ row: sourceRow, column, target, reason: `「${shown(value)}」${message}` });
      continue;
    }
    if (parsed.data !== null && parsed.data !== undefined) out.values[info.entity][info.field] = parsed.data;
  }
  return out;
}

/** 第 5 行「统一社会信用代码」：… — how an issue reads in a list or a message box. */
export function formatRowIssue(issue: RowIssue): string {
  return issue.column ? `第 ${issue.row} 行「${issue.column}」列：${issue.reason}` : `第 ${issue.row} 行：${issue.reason}`;
}

