import type { Cell } from './types';
import { targetInfo, type TargetKey } from './targets';
import {
  dimensionsIn,
  normaliseCaseSource,
  normaliseDimension,
  normaliseEnterpriseStatus,
  normaliseExitMethod,
  normalisePerformanceClass,
  normaliseReinspectionResult,
  normaliseYear,
  isMeasure,
} from './values';
import { EXIT_METHODS } from '../entities/capacityLine';
import { excelSerialDay, fromExcelSerial } from '../normalise/date';
import { isDateTarget } from './wizard';

/**
 * One cell for one target field: cleaned by the field's value normaliser, then parsed by the
 * entity schema's own field schema, so a cell is accepted or refused exactly as the grid would.
 * A county sheet repeats most of its values (towns, units, dimensions, dates), and the result
 * depends on the cell alone, so each parser remembers what it has seen: a 100,000-row sheet
 * parses a few thousand distinct values, not a million cells.
 */
export type ParsedCell = { ok: true; value: unknown } | { ok: false; reason: string };

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

const MAX_REMEMBERED = 20_000;

/** Appends what to do when a schema message does not already say it. */
function withAdvice(message: string): string {
  return /请/.test(message) ? message : `${message}，请在原表中改正后重新导入`;
}

/** The offending value as the message quotes it: short, on one line. */
function shown(v: Cell): string {
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/** zod's type names never reach a user: 期望 string → 应为文字. */
const TYPE_WORDS: Record<string, string> = { string: '文字', number: '数字', int: '整数', boolean: '“是”或“否”', date: '日期' };

/**
 * A number in a date column is Excel's serial for a day: a refused one is quoted as that day
 * (「1927-05-18」), never as 10000.
 */
function refusedSerialDate(target: TargetKey, value: Cell): ParsedCell | null {
  if (typeof value !== 'number') return null;
  if (isDateTarget(target)) {
    const day = excelSerialDay(value);
    return day ? { ok: false, reason: `「${day}」（单元格中的日期）不在 1990-01-01 至 2099-12-31 之间，请核对年份后重新导入` } : null;
  }
  // A date cell under 计划退出年度: say which date it is and what the column wants.
  const day = target === 'line.planYear' ? fromExcelSerial(value) : null;
  return day ? { ok: false, reason: `「${day}」是日期，本列应填年份，如 ${day.slice(0, 4)}；请在原表中改正后重新导入` } : null;
}

function parseOnce(target: TargetKey, value: Cell): ParsedCell {
  if (target === 'enterprise.uscc' && typeof value === 'number') {
    return { ok: false, reason: '统一社会信用代码被存成了数字，末几位可能已经丢失；请在原表中把该列设为“文本”并重新录入代码后再导入' };
  }
  if (target === 'line.exitMethod') {
    const method = normaliseExitMethod(value);
    if (typeof method === 'string' && !(EXIT_METHODS as readonly string[]).includes(method)) {
      const why = isMeasure(value) ? '是整改事项的处置措施，不是设备的退出方式；请把这一列对应到「整改事项 · 整改措施」，或' : '不是可识别的退出方式；请';
      return { ok: false, reason: `「${shown(value)}」${why}填写：${EXIT_METHODS.join('、')}` };
    }
  }
  const schema = targetInfo(target).schema;
  const parsed = schema.safeParse(PREPARE[target]?.(value) ?? value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const serial = refusedSerialDate(target, value);
  if (serial) return serial;
  const first = parsed.error.issues[0];
  // A number under a text field (备注 2, 型号 300) is the text it shows.
  if (first?.code === 'invalid_type' && first.expected === 'string' && typeof value === 'number') return parseOnce(target, String(value));
  const many = target === 'case.dimension' ? dimensionsIn(value) : [];
  const typeWord = first?.code === 'invalid_type' ? TYPE_WORDS[first.expected] : undefined;
  const message =
    many.length > 1
      ? `含有多个维度（${many.join('、')}），一行只能登记一个维度；请拆成多行后重新导入`
      : withAdvice(typeWord ? `应为${typeWord}` : (first?.message ?? '填写有误'));
  return { ok: false, reason: `「${shown(value)}」${message}` };
}

export class FieldParser {
  private readonly seen = new Map<Cell, ParsedCell>();
  constructor(readonly target: TargetKey) {}

  parse(value: Cell): ParsedCell {
    let r = this.seen.get(value);
    if (r === undefined) {
      r = parseOnce(this.target, value);
      if (this.seen.size < MAX_REMEMBERED) this.seen.set(value, r);
    }
    return r;
  }
}
