import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countyColumnSource, isCityLevel } from '../../shared/entities/county';
import { REPORT_CLI_NAMES, REPORT_LABELS, formatsOf, type ReportFormat } from '../../shared/reports/reportIds';
import { TEMPLATE_ORDERS, TEMPLATE_SOURCES, type TemplateOrder, type TemplateSource } from '../../shared/reports/templateFill';
import type { ServiceContext } from '../../main/services/context';
import { exportReport } from '../../main/services/reports';
import { readSettings } from '../../main/services/settings';
import { describeTemplate, fillHeldTemplate, holdTemplate } from '../../main/services/templates';
import type { Parsed } from '../args';
import { printJson, type Io } from '../output';
import { UsageError } from './usage';
import { dateFlag } from './deadline';
import { targetLabel } from '../../shared/import/targets';
import { exportPackageCommand } from './packages';

/**
 * `ledger export <report> --year Y --out FILE` and `ledger export template --template FILE
 * --out FILE [--profile NAME]`: the same services as the 报表 screen, without dialogs.
 */
const USAGE = `用法：export ${Object.keys(REPORT_CLI_NAMES).join('|')} --year 年度 --out 文件(.xlsx，附件也可 .docx) [--annex 附件序号]
      export template --template 模板(.xlsx/.xls) --out 文件.xlsx [--profile 方案名] [--year 年度] [--source ${TEMPLATE_SOURCES.join('|')}] [--order ${TEMPLATE_ORDERS.join('|')}]
      export package --year 年度 --out 报送包.xlsx`;

function text(args: Parsed, flag: string): string | undefined {
  const v = args.flags[flag];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function yearFlag(ctx: ServiceContext, args: Parsed): number {
  const raw = text(args, 'year');
  if (raw === undefined) return readSettings(ctx).year;
  if (!/^\d{4}$/.test(raw)) throw new UsageError(`年度应为四位数字，如 2026（收到「${raw}」）`);
  return Number(raw);
}

export async function exportCommand(ctx: ServiceContext, args: Parsed, io: Io): Promise<number> {
  const [, what] = args.positionals;
  const out = text(args, 'out');
  if (!what || !out) throw new UsageError(USAGE);
  if (what === 'template') return exportTemplate(ctx, args, io, resolve(out));
  if (what === 'package') return exportPackageCommand(ctx, args, io, out, yearFlag(ctx, args));
  const year = yearFlag(ctx, args);

  const report = REPORT_CLI_NAMES[what];
  if (!report) throw new UsageError(`未知报表「${what}」\n${USAGE}`);
  const format: ReportFormat = /\.docx$/i.test(out) ? 'docx' : 'xlsx';
  if (!/\.(xlsx|docx)$/i.test(out)) throw new UsageError('--out 文件应以 .xlsx 或 .docx 结尾');
  if (!formatsOf(report).includes(format)) throw new UsageError(`「${REPORT_LABELS[report]}」只能导出为 .xlsx`);
  const annex = text(args, 'annex');
  const today = dateFlag(args, 'today');
  const file = resolve(out);
  const { rows } = await exportReport(ctx, report, year, format, file, { ...(annex ? { annexNumber: Number(annex) } : {}), ...(today ? { reportDate: today } : {}) });
  if (args.flags.json) printJson(io, { report: what, year, format, file, rows });
  else io.out(`已导出${REPORT_LABELS[report]}（${year}年，${rows} 行）：${file}`);
  return 0;
}

async function exportTemplate(ctx: ServiceContext, args: Parsed, io: Io, file: string): Promise<number> {
  const templateFile = text(args, 'template');
  if (!templateFile) throw new UsageError(USAGE);
  if (!/\.xlsx$/i.test(file)) throw new UsageError('填好的模板保存为 .xlsx：--out 文件应以 .xlsx 结尾');
  const source = text(args, 'source');
  if (source !== undefined && !(TEMPLATE_SOURCES as readonly string[]).includes(source)) throw new UsageError(`--source 只能是：${TEMPLATE_SOURCES.join('、')}`);
  const profile = text(args, 'profile');
  const order = text(args, 'order');
  if (order !== undefined && !(TEMPLATE_ORDERS as readonly string[]).includes(order)) throw new UsageError(`--order 只能是：${TEMPLATE_ORDERS.join('、')}（乡镇、企业、录入顺序）`);
  const { token, template } = await holdTemplate(readFileSync(templateFile), resolve(templateFile));
  const info = describeTemplate(ctx, token, template, profile);
  // The year the template's title names, unless --year says otherwise.
  const year = text(args, 'year') === undefined && info.year !== null ? info.year : yearFlag(ctx, args);
  const r = await fillHeldTemplate(ctx, template, { year, source: (source as TemplateSource | undefined) ?? info.source, mapping: info.mapping, order: order as TemplateOrder | undefined, profileName: profile, file });
  const columns = info.mapping.fields.flatMap((f) => ('column' in f ? [{ column: info.columns.find((c) => c.index === f.column)?.letter ?? '', header: info.columns.find((c) => c.index === f.column)?.name ?? '', target: f.target }] : []));
  if (args.flags.json) {
    printJson(io, { template: resolve(templateFile), sheet: info.sheetName, file, year, source: source ?? info.source, rows: r.rows, profileName: info.profileName, mapping: columns, warnings: r.warnings });
  } else {
    io.out(`已按模板「${info.sheetName}」填写 ${r.rows} 行（${year}年）：${file}`);
    for (const c of columns) io.out(`  ${c.column}列「${c.header}」← ${targetLabel(c.target)}`);
    const countySource = countyColumnSource(isCityLevel(readSettings(ctx).level));
    for (const c of info.countyColumns) io.out(`  ${info.columns.find((x) => x.index === c)?.letter ?? ''}列「${info.columns.find((x) => x.index === c)?.name ?? ''}」← ${countySource}`);
    for (const w of r.warnings) io.err(w);
  }
  return 0;
}
