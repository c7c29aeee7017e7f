import { chineseCompare } from '../../../shared/reports/collate';
import type { SetFilterModel } from '../../../shared/schemas/gridLayout';

/**
 * The set filter of an option column (乡镇, 行业, 状态, 维度, 退出方式…), as WPS and Excel
 * offer it: the column's values with their counts, each ticked or not. The model lists the
 * values kept; no model keeps every row. A blank cell is the value '' and reads 「（空白）」.
 */
export type { SetFilterModel };

export const BLANK_LABEL = '（空白）';

/** What a cell is for the set filter: its shown text, '' when blank. */
export function setValueOf(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

export interface ValueCount {
  value: string;
  count: number;
}

/** Each distinct value with the number of rows holding it, in pinyin order, blanks last. */
export function countValues(cells: Iterable<unknown>): ValueCount[] {
  const counts = new Map<string, number>();
  for (const c of cells) {
    const v = setValueOf(c);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (a.value === '' ? 1 : b.value === '' ? -1 : chineseCompare(a.value, b.value)));
}

/** The model that keeps the rows whose cell is one of `values`. */
export const setModelOf = (values: Iterable<string>): SetFilterModel => ({ filterType: 'set', values: [...new Set(values)] });

export function isSetModel(model: unknown): model is SetFilterModel {
  return typeof model === 'object' && model !== null && (model as { filterType?: unknown }).filterType === 'set' && Array.isArray((model as { values?: unknown }).values);
}

/**
 * Ticking a value: with every value ticked the filter is off (a value added to the column later
 * still shows), otherwise the model lists the ticked ones.
 */
export function toggled(model: SetFilterModel | null, all: readonly string[], value: string, on: boolean): SetFilterModel | null {
  const kept = new Set(model ? model.values : all);
  if (on) kept.add(value);
  else kept.delete(value);
  return all.every((v) => kept.has(v)) ? null : setModelOf(kept);
}

/**
 * 全选 (on) or 清除 (off) over the values the search box shows; the others keep their ticks, as
 * in Excel, so 「城关」 then 全选 adds the towns found to those already ticked.
 */
export function toggledAll(model: SetFilterModel | null, all: readonly string[], shown: readonly string[], on: boolean): SetFilterModel | null {
  let next = model;
  for (const v of shown) next = toggled(next, all, v, on);
  return next;
}

/** 「城关镇、柳林镇」 or 「城关镇 等 5 项」: the filter in words, for the status bar and print header. */
export function describeSetModel(model: SetFilterModel): string {
  const names = model.values.map((v) => (v === '' ? BLANK_LABEL : v));
  if (names.length === 0) return '（无）';
  return names.length <= 3 ? names.join('、') : `${names.slice(0, 3).join('、')} 等 ${names.length} 项`;
}
