import { z } from '../schemas/zod';
import type { Cell } from './types';
import type { Mapping } from './mapping';
import { FieldParser } from './fieldParse';
import { targetInfo, TargetKey, type TargetEntity } from './targets';
import { amountUnitConflict, splitAmount } from './values';
import { WrittenDateReader, type RowYear, type YearContext, type YearSource } from './rowYears';
import { LEDGER_ENTITIES } from '../entities';
import { writtenLimitText } from '../normalise/writtenDate';

/**
 * One source row read through a mapping: each mapped cell (or constant) parsed for its target
 * field, an amount's unit (50万吨) moved to the unit field, and each refusal named by its
 * column. Runs once per row, so the mapping is bound once beforehand (bindMapping).
 */
export const RowIssue = z.object({
  /** The row number as the source file shows it. */
  row: z.number(),
  /** The source column's header (退出产能/数值), or 固定值 for a constant, or null. */
  column: z.string().nullable(),
  target: TargetKey.nullable(),
  reason: z.string(),
});
export type RowIssue = z.output<typeof RowIssue>;

export type EntityValues = Record<string, unknown>;

export interface RowValues {
  values: Record<TargetEntity, EntityValues>;
  /** Entities the row carries: it has a value from a column for one of their fields. */
  carries: Record<TargetEntity, boolean>;
  issues: RowIssue[];
  /** Where the row's plan year and each date written without a year took their year from. */
  years: RowYear[];
}

export const CONSTANT_COLUMN = '固定值';

interface BoundField {
  target: TargetKey;
  entity: TargetEntity;
  field: string;
  column: number | null;
  constant: string | null;
  columnName: string;
  parser: FieldParser;
  /** For an amount (产能, 数量): where its unit goes. */
  unit: { target: TargetKey; entity: TargetEntity; field: string; parser: FieldParser; bound: number } | null;
}

export interface BoundMapping {
  fields: BoundField[];
  /** 计划退出年度 as a constant (the title's year, proposed in 对应列): the row's last resort. */
  planYear: { year: number; from: YearSource } | null;
  ledgerYear: number | null;
  dates: WrittenDateReader;
  /** The mapped dates kept as written beside themselves (完成时限原文), with the text field each fills. */
  writtenLimits: { f: BoundField; textField: string }[];
}

/** The date columns: each reads a limit as plans write it, in the row's year when it names none. */
const DATE_TARGETS: ReadonlySet<TargetKey> = new Set<TargetKey>([
  'line.plannedExitDate', 'line.exitDate', 'line.acceptanceDate',
  'case.noticeDate', 'case.deadlineOverride', 'case.reinspectionDate', 'case.closedDate',
]);

const AMOUNT_UNIT: Partial<Record<TargetKey, TargetKey>> = { 'line.capacity': 'line.capacityUnit', 'line.quantity': 'line.quantityUnit' };

/** Resolves column names and builds each field's parser once per import, not once per row. */
export function bindMapping(mapping: Mapping, columnNames: ReadonlyMap<number, string>, years: YearContext = { titleYear: null, ledgerYear: null }): BoundMapping {
  const fields: BoundField[] = mapping.fields.map((f) => {
    const info = targetInfo(f.target);
    const fromColumn = 'column' in f;
    return {
      target: f.target,
      entity: info.entity,
      field: info.field,
      column: fromColumn ? f.column : null,
      constant: fromColumn ? null : f.constant,
      columnName: fromColumn ? (columnNames.get(f.column) ?? `第${f.column + 1}列`) : CONSTANT_COLUMN,
      parser: new FieldParser(f.target),
      unit: null,
    };
  });
  for (const f of fields) {
    const unitTarget = AMOUNT_UNIT[f.target];
    if (!unitTarget) continue;
    const unitInfo = targetInfo(unitTarget);
    const bound = fields.findIndex((u) => u.target === unitTarget);
    f.unit = { target: unitTarget, entity: unitInfo.entity, field: unitInfo.field, parser: bound >= 0 ? fields[bound]!.parser : new FieldParser(unitTarget), bound };
  }
  let planYear: BoundMapping['planYear'] = null;
  const constantYear = fields.find((f) => f.target === 'line.planYear' && f.constant !== null);
  if (constantYear) {
    const parsed = constantYear.parser.parse(constantYear.constant);
    if (parsed.ok && typeof parsed.value === 'number') {
      planYear = { year: parsed.value, from: parsed.value === years.titleYear ? 'title' : 'constant' };
      fields.splice(fields.indexOf(constantYear), 1);
    }
  }
  // A 计划退出年度 column left empty on a row falls back to the title's year as well.
  if (planYear === null && years.titleYear !== null) planYear = { year: years.titleYear, from: 'title' };
  const writtenLimits = fields.flatMap((f) => {
    const textField = LEDGER_ENTITIES.find((e) => e.key === f.entity)?.writtenLimits[f.field];
    return textField ? [{ f, textField }] : [];
  });
  return { fields, planYear, ledgerYear: years.ledgerYear, dates: new WrittenDateReader(), writtenLimits };
}

function isBlank(v: Cell): boolean {
  return v === null || (typeof v === 'string' && (v.length === 0 || !/[^\s\u3000]/.test(v)));
}

export function readRowValues(cells: readonly Cell[], sourceRow: number, bound: BoundMapping): RowValues {
  const out: RowValues = {
    values: { enterprise: {}, line: {}, case: {}, task: {}, milestone: {} },
    carries: { enterprise: false, line: false, case: false, task: false, milestone: false },
    issues: [],
    years: [],
  };
  const fields = bound.fields;
  const undated: { f: BoundField; value: string; reason: string }[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    let value: Cell = f.column !== null ? (cells[f.column] ?? null) : f.constant;
    if (isBlank(value)) continue;
    if (f.column !== null) out.carries[f.entity] = true;
    if (f.unit !== null) {
      // 50万吨 in the capacity column fills the unit too, unless a unit column says otherwise.
      const split = splitAmount(value);
      if (split.unit !== null) {
        const u = f.unit;
        const unitField = u.bound >= 0 ? fields[u.bound]! : null;
        const given = unitField ? (unitField.column !== null ? (cells[unitField.column] ?? null) : unitField.constant) : null;
        const conflict = amountUnitConflict(value, given, `「${unitField?.columnName ?? '单位'}」列的`);
        if (conflict !== null) {
          out.issues.push({ row: sourceRow, column: f.columnName, target: f.target, reason: conflict });
          continue;
        }
        if (isBlank(given)) {
          const parsedUnit = u.parser.parse(split.unit);
          if (parsedUnit.ok) out.values[u.entity][u.field] = parsedUnit.value;
          else out.issues.push({ row: sourceRow, column: f.columnName, target: u.target, reason: parsedUnit.reason });
        }
      }
      value = split.value;
    }
    if (f.unit === null && f.column === null && out.values[f.entity][f.field] !== undefined) continue;
    const parsed = f.parser.parse(value);
    if (!parsed.ok && typeof value === 'string' && DATE_TARGETS.has(f.target)) undated.push({ f, value, reason: parsed.reason });
    else if (!parsed.ok) out.issues.push({ row: sourceRow, column: f.columnName, target: f.target, reason: parsed.reason });
    else if (parsed.value !== null && parsed.value !== undefined) out.values[f.entity][f.field] = parsed.value;
  }
  readYears(out, sourceRow, bound, undated);
  keepWrittenLimits(out, cells, bound);
  return out;
}

/** 2022年10月底前 read as 2022-10-31 keeps its text beside the date, unless a column fills that text itself. */
function keepWrittenLimits(out: RowValues, cells: readonly Cell[], bound: BoundMapping): void {
  for (const { f, textField } of bound.writtenLimits) {
    const values = out.values[f.entity];
    if (values[f.field] === undefined || values[textField] !== undefined) continue;
    const text = writtenLimitText(f.column !== null ? cells[f.column] : f.constant);
    if (text !== null) values[textField] = text;
  }
}

/** Dates written without a year (10月底前) in the row's year, then the plan year where the row has none. */
function readYears(out: RowValues, sourceRow: number, bound: BoundMapping, undated: { f: BoundField; value: string; reason: string }[]): void {
  const own = out.values.line.planYear;
  if (typeof own === 'number') out.years.push({ target: 'line.planYear', year: own, from: 'column' });
  const context: { year: number; from: YearSource } | null =
    typeof own === 'number' ? { year: own, from: 'column' } : (bound.planYear ?? (bound.ledgerYear !== null ? { year: bound.ledgerYear, from: 'ledger' } : null));
  let exitDateFrom: YearSource = 'date';
  for (const { f, value, reason } of undated) {
    const iso = context ? bound.dates.read(value, context.year) : null;
    const parsed = iso ? f.parser.parse(iso) : null;
    if (!parsed?.ok) {
      const noYear = !context && /月|年底|年内|季度|半年/.test(value) && !/\d{4}/.test(value);
      const why = noYear ? `「${value.trim()}」没有写年份，也无从得知年度；请在对应列步骤为「计划退出年度」填写固定值，或在设置中填写当前年度` : reason;
      out.issues.push({ row: sourceRow, column: f.columnName, target: f.target, reason: why });
      continue;
    }
    out.values[f.entity][f.field] = parsed.value;
    out.years.push({ target: f.target, year: context!.year, from: context!.from });
    if (f.target === 'line.plannedExitDate') exitDateFrom = context!.from;
  }
  if (typeof own === 'number' || !out.carries.line) return;
  const planned = out.values.line.plannedExitDate;
  if (typeof planned === 'string') {
    const year = Number(planned.slice(0, 4));
    out.values.line.planYear = year;
    out.years.push({ target: 'line.planYear', year, from: exitDateFrom });
  } else if (bound.planYear) {
    out.values.line.planYear = bound.planYear.year;
    out.years.push({ target: 'line.planYear', ...bound.planYear });
  }
}

/** 第 5 行「统一社会信用代码」：… — how an issue reads in a list or a message box. */
export function formatRowIssue(issue: RowIssue): string {
  return issue.column ? `第 ${issue.row} 行「${issue.column}」列：${issue.reason}` : `第 ${issue.row} 行：${issue.reason}`;
}
