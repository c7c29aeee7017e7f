import { describeSetModel, isSetModel } from './setFilterModel';

/**
 * A grid's filters in words, for the print header: 「乡镇（街道）：城关镇、王庄镇；法定代表人：包含「赵」」.
 * The models are AG Grid's (text, number, date, combined) and the set filter's.
 */
const TYPE_WORDS: Record<string, string> = {
  contains: '包含',
  notContains: '不包含',
  equals: '等于',
  notEqual: '不等于',
  startsWith: '开头是',
  endsWith: '结尾是',
  blank: '为空',
  notBlank: '不为空',
  greaterThan: '大于',
  greaterThanOrEqual: '不小于',
  lessThan: '小于',
  lessThanOrEqual: '不大于',
  inRange: '介于',
};

interface Condition {
  type?: string;
  filter?: unknown;
  filterTo?: unknown;
  dateFrom?: string | null;
  dateTo?: string | null;
}

const day = (d: string | null | undefined) => (d ?? '').slice(0, 10);

function conditionWords(c: Condition): string {
  const word = TYPE_WORDS[c.type ?? ''] ?? c.type ?? '';
  if (c.type === 'blank' || c.type === 'notBlank') return word;
  const from = c.dateFrom !== undefined ? day(c.dateFrom) : String(c.filter ?? '');
  const to = c.dateTo !== undefined ? day(c.dateTo) : String(c.filterTo ?? '');
  return c.type === 'inRange' ? `${word}「${from}」至「${to}」` : `${word}「${from}」`;
}

function modelWords(model: unknown): string {
  if (isSetModel(model)) return describeSetModel(model);
  const m = model as Condition & { operator?: string; conditions?: Condition[] };
  if (Array.isArray(m.conditions)) return m.conditions.map(conditionWords).join(m.operator === 'OR' ? ' 或 ' : ' 且 ');
  return conditionWords(m);
}

/** 「全部」 when nothing filters; the search box's words come last. */
export function filterWords(models: Record<string, unknown>, label: (colId: string) => string, query = ''): string {
  const parts = Object.entries(models).map(([colId, model]) => `${label(colId)}：${modelWords(model)}`);
  if (query.trim()) parts.push(`搜索「${query.trim()}」`);
  return parts.length ? parts.join('；') : '全部';
}
