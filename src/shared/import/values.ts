import { DIMENSIONS, type Dimension } from '../domain/dimensions';
import { toHalfWidth } from '../normalise/text';
import type { Cell } from './types';
import { sameUnit } from '../domain/units';

/**
 * How the values in county sheets are written, turned into what the schemas accept. Each
 * returns the cleaned value, or the input unchanged when it cannot tell — the schema then
 * rejects it with its own message, so nothing is guessed silently.
 */
const squeeze = (s: string): string => toHalfWidth(s).replace(/\s+/g, '');

/** 50万吨 → 50 + 万吨; 1,200吨/日 → 1200 + 吨/日; ５０ → 50; a number cell stays a number. */
export function splitAmount(v: Cell): { value: Cell; unit: string | null } {
  if (v === null || typeof v === 'number') return { value: v, unit: null };
  const s = squeeze(v).replace(/(\d)[,，](?=\d{3}(\D|$))/g, '$1');
  const m = /^(-?\d+(?:\.\d+)?)([^\d.].*)?$/.exec(s);
  if (!m) return { value: v, unit: null };
  const unit = m[2] ? m[2].replace(/^[(（]|[)）]$/g, '') : null;
  return { value: Number(m[1]), unit: unit === '' ? null : unit };
}

/**
 * 30万吨 against a unit column of 万条/年: the unit written in the value contradicts the unit
 * column (万吨 against 万吨/年 does not). Returns the refusal naming both, or null.
 */
export function amountUnitConflict(amount: Cell, unitColumn: Cell, unitLabel: string): string | null {
  const split = splitAmount(amount);
  if (split.unit === null || unitColumn === null || String(unitColumn).trim() === '') return null;
  if (sameUnit(split.unit, String(unitColumn))) return null;
  return `「${String(amount).trim()}」的单位「${split.unit}」与${unitLabel}「${String(unitColumn).trim()}」不一致；请只填数字，或把两处单位改成一致`;
}

const DIMENSION_WORDS: readonly (readonly [Dimension, RegExp])[] = [
  ['能耗', /能耗|能源|节能|耗能|电耗|煤耗/],
  ['环保', /环保|环境|排放|污染|大气|废水|废气/],
  ['质量', /质量|产品/],
  ['安全', /安全/],
  ['技术', /技术|淘汰类|淘汰|工艺装备|装备|产业政策|落后工艺/],
];

/** The dimensions a text speaks of: 能耗、环保 → [能耗, 环保]. */
export function dimensionsIn(v: Cell): Dimension[] {
  if (typeof v !== 'string') return [];
  const s = squeeze(v);
  return DIMENSION_WORDS.filter(([, re]) => re.test(s)).map(([d]) => d);
}

/** 能源消耗 → 能耗, 环境保护 → 环保, 产品质量 → 质量, 安全生产 → 安全, 淘汰类 → 技术. */
export function normaliseDimension(v: Cell): Cell {
  if (typeof v !== 'string') return v;
  const s = squeeze(v);
  if ((DIMENSIONS as readonly string[]).includes(s)) return s;
  const hits = dimensionsIn(s);
  return hits.length === 1 ? hits[0]! : v;
}

function bySynonyms(table: Readonly<Record<string, readonly string[]>>) {
  const map = new Map<string, string>();
  for (const [canonical, words] of Object.entries(table)) {
    map.set(squeeze(canonical), canonical);
    for (const w of words) map.set(squeeze(w), canonical);
  }
  return (v: Cell): Cell => (typeof v === 'string' ? (map.get(squeeze(v)) ?? v) : v);
}

/** 生产状态 (ENTERPRISE_STATUSES) as sheets write it. */
export const normaliseEnterpriseStatus = bySynonyms({
  在产: ['正常生产', '生产', '在生产', '正常', '生产中', '运行', '正常运行', '在营', '存续'],
  停产整治: ['停产治理', '限产整治'],
  停产整顿: ['停业整顿', '停产停业整顿'],
  已关停: ['关停', '已关停产'],
  已关闭取缔: ['关闭取缔', '取缔', '已取缔', '依法关闭', '已依法关闭'],
  已拆除: ['拆除', '已拆', '设备已拆除'],
  转型: ['已转型', '转产', '已转产'],
  搬迁: ['已搬迁', '搬迁中', '退城入园'],
});

export const normaliseExitMethod = bySynonyms({
  拆除: ['已拆除', '拆除设备', '设备拆除', '拆除主体设备', '立即拆除', '拆除退出', '全部拆除'],
  '断水断电·拆除动力装置·封存主体设备': [
    '断水断电、拆除动力装置、封存主体设备',
    '断水断电,拆除动力装置,封存主体设备',
    '断水断电拆除动力装置封存主体设备',
    '断水断电',
    '封存',
    '封存主体设备',
    '拆除动力装置',
    '已封存',
    '封存设备',
    '断电封存',
    '断水断电,拆除动力装置,封存',
  ],
  关停整个企业: ['整体关停', '企业关停', '关停', '关闭企业', '整厂关停', '关停企业', '关停整个企业', '企业整体关停', '关闭', '依法关停', '关停退出'],
  转移: ['转移', '搬迁转移', '异地转移', '外迁', '转出', '整体转移', '转移出县'],
});

/**
 * The measures the legal paths order (docs/domain.md, the five dimensions), by the dimension whose first step each
 * is: a 处置措施 column says the case's measure, and with it which dimension the case is on.
 */
const MEASURE_DIMENSION: Readonly<Record<string, Dimension>> = {
  限期整改: '能耗',
  限制生产: '环保',
  停产整治: '环保',
  停产整改: '质量',
  限期改正: '安全',
  停产停业整顿: '安全',
  立即停产停业整顿: '安全',
  立即拆除: '技术',
};

/** 限期整改 → 能耗; 停产整治 → 环保: the dimension a measure belongs to, or null. */
export function dimensionOfMeasure(v: unknown): Dimension | null {
  return typeof v === 'string' ? (MEASURE_DIMENSION[squeeze(v)] ?? null) : null;
}

/** Whether a value is a case's measure rather than a line's exit method (限期整改 in 退出方式). */
export function isMeasure(v: Cell): boolean {
  return typeof v === 'string' && (dimensionOfMeasure(v) !== null || /整改|整治|整顿|限制生产|限期改正/.test(squeeze(v)));
}

export const normaliseReinspectionResult = bySynonyms({
  达标: ['合格', '已达标', '通过', '整改达标'],
  不达标: ['不合格', '未达标', '未通过', '仍不达标'],
});

/** A级 / a / A类 → A */
export function normalisePerformanceClass(v: Cell): Cell {
  if (typeof v !== 'string') return v;
  const m = /^([ABCDabcd])(级|类|档)?$/.exec(squeeze(v));
  return m ? m[1]!.toUpperCase() : v;
}

/** 2024年 / 2024年度 → 2024 */
export function normaliseYear(v: Cell): Cell {
  if (typeof v !== 'string') return v;
  const m = /^(\d{4})(年度?)?$/.exec(squeeze(v));
  return m ? Number(m[1]) : v;
}

export const normaliseCaseSource = bySynonyms({
  排查摸底: ['排查', '摸底', '摸排', '排查摸排', '摸底排查'],
  节能监察: ['节能监察检查', '能耗监察'],
  执法检查: ['执法', '环保执法', '安全执法', '行政执法'],
  监督抽查: ['抽查', '质量抽查', '产品抽查'],
  举报: ['群众举报', '投诉', '信访', '投诉举报'],
});
