import { z } from '../schemas/zod';
import { FieldMapping, type Mapping } from '../import/mapping';
import { TARGETS, TARGET_ENTITY_LABELS, type TargetInfo, type TargetKey } from '../import/targets';

/**
 * Filling the city's own template: which ledger rows go in, what each template column takes,
 * and the 合计 the template's total row gets. The column targets are the import engine's
 * (企业 · 企业名称, 设备（生产线） · 产能 …), so a template mapped for filling is also
 * understood when the same sheet comes back filled, and one saved mapping serves both.
 */
export const TEMPLATE_SOURCES = ['planned', 'exited', 'cases', 'enterprises'] as const;
export type TemplateSource = (typeof TEMPLATE_SOURCES)[number];

export const TEMPLATE_SOURCE_LABELS: Record<TemplateSource, string> = {
  planned: '本年度计划退出的设备（生产线）',
  exited: '本年度已退出的设备（生产线）',
  cases: '本年度的整改事项',
  enterprises: '本年度涉及的企业',
};

/** The order rows are written in: by town then enterprise (as the app's lists), by enterprise, or as entered. */
export const TEMPLATE_ORDERS = ['town', 'enterprise', 'entry'] as const;
export type TemplateOrder = (typeof TEMPLATE_ORDERS)[number];
export const TEMPLATE_ORDER_LABELS: Record<TemplateOrder, string> = { town: '按乡镇', enterprise: '按企业', entry: '按录入顺序' };

/** The order's label as a ledger of this level fills it: a city's rows go county by county first (templateRows). */
export const templateOrderLabel = (order: TemplateOrder, city: boolean): string =>
  city && order !== 'entry' ? `按县、${TEMPLATE_ORDER_LABELS[order].slice(1)}` : TEMPLATE_ORDER_LABELS[order];

/** The targets a template column may take: the ledger's fields (not tasks or milestones), named by their export labels. */
export function templateTargetsOf(targets: readonly TargetInfo[]): { key: TargetKey; label: string }[] {
  return targets
    .filter((t) => t.entity === 'enterprise' || t.entity === 'line' || t.entity === 'case')
    .map((t) => ({ key: t.key, label: `${TARGET_ENTITY_LABELS[t.entity]} · ${t.exportLabel}` }));
}

export const TEMPLATE_TARGETS = templateTargetsOf(TARGETS);

export const TemplateMapping = z.object({ fields: z.array(FieldMapping) }).strict();

/** One row to write: values by target key, as the ledger stores them (dates ISO). */
export type TemplateRow = Readonly<Record<string, string | number | null>>;

/** The rows a mapping asks for when the user has not chosen: cases if it names case fields, else lines. */
export function defaultTemplateSource(mapping: Mapping): TemplateSource {
  const entities = new Set(mapping.fields.map((f) => f.target.split('.')[0]));
  if (entities.has('case')) return 'cases';
  if (entities.has('line')) return 'planned';
  return 'enterprises';
}

/** Columns summed in the 合计 row, each with the column that carries its unit. */
export const SUMMED: readonly { value: TargetKey; unit: TargetKey }[] = [
  { value: 'line.capacity', unit: 'line.capacityUnit' },
  { value: 'line.quantity', unit: 'line.quantityUnit' },
];

export function isDateTarget(key: string): boolean {
  return /Date$|deadlineOverride$/.test(key);
}

export interface ColumnTotal {
  /** One unit: the number (and the unit for the unit column); several: text per unit. */
  value: number | string;
  unit: string | null;
}

/** 合计 of a summed column over the written rows: 5.8 (万吨), or 5.8万吨；120万重量箱. */
export function columnTotal(rows: readonly TemplateRow[], value: TargetKey, unit: TargetKey, unitConstant?: string): ColumnTotal | null {
  const byUnit = new Map<string, number>();
  for (const row of rows) {
    const v = row[value];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const u = unitConstant ?? String(row[unit] ?? '');
    byUnit.set(u, (byUnit.get(u) ?? 0) + v);
  }
  if (byUnit.size === 0) return null;
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  if (byUnit.size === 1) {
    const [[u, sum]] = [...byUnit];
    return { value: round(sum!), unit: u || null };
  }
  return { value: [...byUnit].map(([u, sum]) => `${round(sum)}${u}`).join('；'), unit: null };
}

/** Distinct enterprises among the written rows, for the 企业名称 cell of the 合计 row: 12家. */
export function enterpriseCount(rows: readonly TemplateRow[]): number {
  return new Set(rows.map((r) => r['enterprise.id'] ?? r['enterprise.name'])).size;
}
