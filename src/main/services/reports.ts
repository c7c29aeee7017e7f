import { LedgerError } from '../../shared/errors';
import type { ListCell, ListColumn, ListMeta } from '../../shared/reports/listTypes';
import { REPORT_LABELS, type ReportFormat, type ReportId } from '../../shared/reports/reportIds';
import { Task } from '../../shared/reports/tasks';
import { OWN_TASKS_HEADING, type AnnexTask } from '../../shared/reports/annexLayout';
import { sortByChineseKeys } from '../../shared/reports/collate';
import type { TaskRecord } from '../../shared/entities/task';
import { listTasks } from '../db/repositories/tasks';
import { writeAnnexDocx } from '../export/annexDocx';
import { writeAnnexXlsx } from '../export/annexXlsx';
import { withListSource } from '../export/reportSources';
import { writeStyledList } from '../export/styledList';
import type { ServiceContext } from './context';
import { todayOf } from './audit';
import type { IsoDate } from '../../shared/domain/dates';
import { ledgerCardRules } from './cardRules';
import { readSettings } from './settings';
import { safeFileName } from '../../shared/fileName';
import { COUNTY_FIELD, isCityLevel } from '../../shared/entities/county';

/**
 * The 报表 screen and `ledger export`: one entry per report for its preview and its file.
 * The preview reads the same row source as the export (reportSources.ts), first rows only.
 */
export interface ReportPreview {
  title: string;
  columns: { key: string; title: string }[];
  rows: Record<string, ListCell>[];
  /** All rows the export will write. */
  total: number;
}

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** 附件N: the annex's number in the plan (default 1). */
  annexNumber?: number;
  title?: string;
  /** The day the lists are drawn up (填报日期, cards as of it); today by default. */
  reportDate?: IsoDate;
}

export function reportMeta(ctx: ServiceContext, year: number, reportDate: IsoDate = todayOf(ctx)): ListMeta {
  const settings = readSettings(ctx);
  const county = settings.countyName.trim();
  return { countyName: county, year, reportingUnit: county ? `${county}工业和信息化局` : '', reportDate, city: isCityLevel(settings.level) };
}

export function annexTitle(ctx: ServiceContext, year: number): string {
  const county = readSettings(ctx).countyName.trim();
  return `${county}${year}年利用综合标准依法依规推动落后产能退出重点工作与职责分工`;
}

/** 示例县2026年黄牌名单.xlsx, 示例县2026年度落后产能退出企业名单.xlsx. */
export function reportFileName(ctx: ServiceContext, report: ReportId, year: number, format: ReportFormat): string {
  const county = readSettings(ctx).countyName.trim();
  const label = report === 'annex' ? '重点工作与职责分工' : REPORT_LABELS[report];
  const name = `${county}${year}${label.startsWith('年度') ? '' : '年'}${label}`;
  return safeFileName(`${name}.${format}`);
}

export function toAnnexTask(t: TaskRecord): Task {
  return Task.parse({
    section: t.section,
    category: t.category ?? '',
    content: t.content,
    leadDepartments: t.leadDepartments,
    cooperatingDepartments: t.cooperatingDepartments,
    completionText: t.completionText ?? '',
    completionDate: t.completionDate,
    continuesNumber: t.continuesNumber,
    dimension: t.dimension,
    progressNotes: t.progress ?? '',
  });
}

/** The year's tasks in the annex's order: a city's county by county (pinyin order, its own first), each county's in its own order. */
function annexRecords(ctx: ServiceContext, year: number, city: boolean): TaskRecord[] {
  const records = listTasks(ctx.db, year);
  if (!city) return records;
  const order = new Map(records.map((t, i) => [t, i]));
  const own = records.filter((t) => t.county === '');
  return [...own, ...sortByChineseKeys(records.filter((t) => t.county !== ''), [(t) => t.county], (t) => order.get(t)!)];
}

function annexTasks(ctx: ServiceContext, year: number, city: boolean): AnnexTask[] {
  const records = annexRecords(ctx, year, city);
  if (records.length === 0) throw new LedgerError('VALIDATION', `${year}年还没有重点工作：请先在「重点工作」中添加，或采用上级方案`);
  return records.map((t) => ({ ...toAnnexTask(t), county: t.county }));
}

const headerOf = (col: ListColumn<never>) => (col.group ? `${col.group}·${col.header}` : col.header).replace(/\n/g, '');

function previewCell(col: ListColumn<never>, value: ListCell, index: number): ListCell {
  if (col.kind === 'index') return index;
  if (col.kind === 'percent' && typeof value === 'number') return `${(value * 100).toFixed(1)}%`;
  return value;
}

export function previewReport(ctx: ServiceContext, report: ReportId, year: number, limit = 20): ReportPreview {
  if (report === 'annex') {
    const city = isCityLevel(readSettings(ctx).level);
    const tasks = annexRecords(ctx, year, city);
    const county = (t: TaskRecord): Record<string, string> => (city ? { county: t.county || OWN_TASKS_HEADING } : {});
    return {
      title: annexTitle(ctx, year),
      columns: [
        ...(city ? [{ key: 'county', title: COUNTY_FIELD.label }] : []),
        ...['部分', '类别', '主要内容', '牵头部门', '配合部门', '完成时间'].map((title, i) => ({ key: `c${i}`, title })),
      ],
      rows: tasks.slice(0, limit).map((t) => ({
        ...county(t),
        c0: t.section,
        c1: t.category,
        c2: t.content,
        c3: t.leadDepartments.join('、'),
        c4: t.cooperatingDepartments.join('、'),
        c5: t.completionText,
      })),
      total: tasks.length,
    };
  }
  const meta = reportMeta(ctx, year);
  return withListSource(ctx.db, report, meta, () => ledgerCardRules(ctx, meta.reportDate), (source) => {
    const cols = source.def.columns as readonly ListColumn<never>[];
    return {
      title: source.def.title(meta),
      columns: cols.map((c) => ({ key: c.id, title: headerOf(c) })),
      rows: source.first(limit).map((row, i) =>
        Object.fromEntries(cols.map((c) => [c.id, previewCell(c, c.value ? c.value(row as never) : null, i + 1)])),
      ),
      total: source.count,
    };
  });
}

/** Writes one report to `file` (atomically); resolves to the number of rows written. */
export async function exportReport(ctx: ServiceContext, report: ReportId, year: number, format: ReportFormat, file: string, opts: ExportOptions = {}): Promise<{ rows: number }> {
  if (report === 'annex') {
    const city = isCityLevel(readSettings(ctx).level);
    const tasks = annexTasks(ctx, year, city);
    const annex = { title: opts.title ?? annexTitle(ctx, year), annexNumber: opts.annexNumber ?? 1, byCounty: city };
    opts.onProgress?.(0, tasks.length);
    if (format === 'docx') await writeAnnexDocx(file, tasks, annex, opts.signal);
    else await writeAnnexXlsx(file, tasks, annex, opts.signal);
    opts.onProgress?.(tasks.length, tasks.length);
    return { rows: tasks.length };
  }
  if (format !== 'xlsx') throw new LedgerError('VALIDATION', `「${REPORT_LABELS[report]}」只能导出为 Excel（.xlsx）`);
  const meta = reportMeta(ctx, year, opts.reportDate);
  return withListSource(ctx.db, report, meta, () => ledgerCardRules(ctx, meta.reportDate), (source) =>
    writeStyledList(file, source.def, meta, source.all(), {
      ...(opts.signal ? { signal: opts.signal } : {}),
      expectedRows: source.count,
      ...(source.totalRows ? { totalRows: source.totalRows } : {}),
      onProgress: (p) => opts.onProgress?.(p.done, p.total ?? source.count),
    }),
  );
}
