import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { headerSignature, Mapping, proposeMapping, type MappableColumn } from '../../shared/import/mapping';
import { isTargetKey, targetLabel } from '../../shared/import/targets';
import { TEMPLATE_TARGETS, defaultTemplateSource, type TemplateOrder, type TemplateSource } from '../../shared/reports/templateFill';
import { getImportProfile, upsertImportProfile } from '../db/repositories/importRuns';
import { importProfileByName } from '../db/repositories/templateProfiles';
import { templateRows } from '../db/repositories/templateRows';
import { describeUntranslated, translateRows } from '../../shared/reports/templateColumns';
import { allowedColumns, type InspectedTemplate, type TemplateFillOptions } from '../export/templateFill';
import { fillTemplateInWorker, inspectTemplateInWorker } from '../export/template/inWorker';
import { assertWritable, type ServiceContext } from './context';
import { reportMeta } from './reports';
import { readSettings } from './settings';
import { safeFileName } from '../../shared/fileName';

/**
 * The template fill as the 报表 screen and `ledger export template` use it:
 *   1. inspect: read the template, find its table, propose a mapping — the one saved for this
 *      header if there is one, else the import engine's guess (ledger fields only);
 *   2. preview the first rows as they will be written;
 *   3. fill: check the mapping, remember it under the header (and a name), write the file.
 * An uploaded template is held in main under a token for the session (the last few only).
 */
export interface TemplateInfo {
  token: string;
  fileName: string;
  format: 'xlsx' | 'xls';
  sheetName: string;
  area: InspectedTemplate['area'];
  columns: { index: number; letter: string; name: string }[];
  serialColumns: number[];
  mapping: Mapping;
  profileName: string | null;
  source: TemplateSource;
  countyColumns: number[];
  year: number | null;
}

const KEEP = 5;
const held = new Map<string, InspectedTemplate>();

const ALLOWED = new Set<string>(TEMPLATE_TARGETS.map((t) => t.key));

function onlyLedgerTargets(m: Mapping): Mapping {
  return { fields: m.fields.filter((f) => ALLOWED.has(f.target)) };
}

/**
 * The mapping saved for this header, or — when a profile is named and exists — that profile's,
 * which must fit the header. A named profile that does not exist yet is created by the fill.
 */
function savedMapping(ctx: ServiceContext, columns: readonly MappableColumn[], profileName?: string): { mapping: Mapping; name: string } | null {
  const named = profileName ? importProfileByName(ctx.db, profileName) : undefined;
  const row = named ?? getImportProfile(ctx.db, headerSignature(columns));
  if (!row) return null;
  const parsed = Mapping.safeParse(JSON.parse(row.mapping));
  const fits = parsed.success && checkTemplateMapping(onlyLedgerTargets(parsed.data), columns).length === 0;
  if (named && !fits) throw new LedgerError('VALIDATION', `列对应方案「${profileName}」是为另一种表头保存的，与此模板不符；请换一个方案名`);
  if (!parsed.success || !fits) return null;
  return { mapping: onlyLedgerTargets(parsed.data), name: named ? profileName! : (row as { name?: string }).name ?? '' };
}

/** Problems that keep a mapping from filling this template, in Chinese; empty when it can. */
export function checkTemplateMapping(mapping: Mapping, columns: readonly MappableColumn[]): string[] {
  const problems: string[] = [];
  const indexes = new Set(columns.map((c) => c.index));
  const seenColumns = new Set<number>();
  for (const f of mapping.fields) {
    if (!isTargetKey(f.target) || !ALLOWED.has(f.target)) problems.push(`「${f.target}」不是台账中的字段`);
    if (!('column' in f)) continue;
    if (!indexes.has(f.column)) problems.push(`「${targetLabel(f.target)}」对应的列不在模板表头中，请重新选择`);
    if (seenColumns.has(f.column)) problems.push(`模板的同一列对应了多个字段，请只保留一个`);
    seenColumns.add(f.column);
  }
  if (!mapping.fields.some((f) => 'column' in f)) problems.push('还没有为模板的任何一列指定要填写的内容');
  return problems;
}

/** Reads a chosen template (in the template worker, inside the import's bounds) and holds it. */
export async function holdTemplate(data: Uint8Array, fileName: string): Promise<{ token: string; template: InspectedTemplate }> {
  const template = await inspectTemplateInWorker(data, fileName);
  const token = randomUUID();
  held.set(token, template);
  while (held.size > KEEP) held.delete(held.keys().next().value!);
  return { token, template };
}

export function heldTemplate(token: string): InspectedTemplate {
  const t = held.get(token);
  if (!t) throw new LedgerError('NOT_FOUND', '模板已失效，请重新选择模板文件');
  return t;
}

export function describeTemplate(ctx: ServiceContext, token: string, template: InspectedTemplate, profileName?: string): TemplateInfo {
  const columns = template.table.columns;
  const saved = savedMapping(ctx, columns, profileName);
  const mapping = saved?.mapping ?? onlyLedgerTargets(proposeMapping(columns).mapping);
  return {
    token,
    fileName: template.fileName,
    format: template.format,
    sheetName: template.sheet.name,
    area: template.area,
    columns: columns.map((c) => ({ index: c.index, letter: c.letter, name: c.name })),
    serialColumns: template.table.serialColumns.map((c) => c.index),
    mapping,
    profileName: saved?.name ?? null,
    source: defaultTemplateSource(mapping),
    countyColumns: template.countyColumns,
    year: template.year,
  };
}

export interface TemplateRowsPreview {
  columns: { key: string; title: string }[];
  rows: Record<string, string | number | null>[];
  total: number;
  /** Values the template's listed words cannot take, in Chinese (see templateColumns.ts). */
  warnings: string[];
}

/** The first rows as they will be written, under the template's own column names. */
export function previewTemplateFill(ctx: ServiceContext, template: InspectedTemplate, input: { year: number; source: TemplateSource; mapping: Mapping; order?: TemplateOrder | undefined }): TemplateRowsPreview {
  const { rows, untranslated } = translateRows(templateRows(ctx.db, input.source, input.year, input.order), allowedColumns(template, input.mapping));
  const byColumn = new Map(input.mapping.fields.flatMap((f) => ('column' in f ? [[f.column, f.target] as const] : [])));
  const serial = new Set(template.table.serialColumns.map((c) => c.index));
  const county = new Set(template.countyColumns.filter((c) => !byColumn.has(c)));
  const countyName = readSettings(ctx).countyName.trim();
  const cols = [...template.table.serialColumns, ...template.table.columns].sort((a, b) => a.index - b.index).filter((c) => serial.has(c.index) || county.has(c.index) || byColumn.has(c.index));
  const value = (c: { index: number }, row: (typeof rows)[number], i: number) => (serial.has(c.index) ? i + 1 : county.has(c.index) ? ((row['enterprise.county'] as string | null) || countyName) : (row[byColumn.get(c.index)!] ?? null));
  return {
    columns: cols.map((c) => ({ key: `c${c.index}`, title: c.name })),
    rows: rows.slice(0, 20).map((row, i) => Object.fromEntries(cols.map((c) => [`c${c.index}`, value(c, row, i)]))),
    total: rows.length,
    warnings: describeUntranslated(untranslated, template.area.dataStart),
  };
}

export function filledFileName(template: InspectedTemplate, year: number, county: string): string {
  const base = basename(template.fileName).replace(/\.(xlsx|xls|xlsm)$/i, '');
  return safeFileName(`${base}（${county}${year}年填报）.xlsx`);
}

export async function fillHeldTemplate(
  ctx: ServiceContext,
  template: InspectedTemplate,
  input: { year: number; source: TemplateSource; mapping: Mapping; order?: TemplateOrder | undefined; profileName?: string | undefined; file: string },
  opts: TemplateFillOptions = {},
): Promise<{ rows: number; file: string; warnings: string[] }> {
  const columns = template.table.columns;
  const problems = checkTemplateMapping(input.mapping, columns);
  if (problems.length > 0) throw new LedgerError('VALIDATION', problems.join('；'));
  // Remembered by the header, so the next quarter's copy of the template maps itself.
  if (!ctx.readOnlyReason) {
    assertWritable(ctx);
    const name = input.profileName?.trim() || basename(template.fileName).replace(/\.[^.]+$/, '');
    upsertImportProfile(ctx.db, { signature: headerSignature(columns), name, mapping: JSON.stringify(input.mapping), at: ctx.now().toISOString() });
  }
  const rows = templateRows(ctx.db, input.source, input.year, input.order);
  const r = await fillTemplateInWorker(input.file, template, input.mapping, rows, reportMeta(ctx, input.year), opts);
  return { rows: r.rows, file: input.file, warnings: describeUntranslated(r.untranslated, template.area.dataStart) };
}

