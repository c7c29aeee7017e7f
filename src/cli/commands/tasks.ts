import type { TaskRecord } from '../../shared/entities/task';
import { listTasks } from '../../main/db/repositories/tasks';
import type { ServiceContext } from '../../main/services/context';
import { adoptTasks, listPresets, loadPreset, previewAdoption } from '../../main/services/taskAdoption';
import { describeYearShift } from '../../shared/reports/planYear';
import { createTask } from '../../main/services/tasks';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { yearFlag } from './export';
import { UsageError } from './usage';

/** `ledger tasks list|add|presets|adopt`: enough of 重点工作 to produce the annex from a terminal. */
const USAGE = `用法：tasks list [--year 年度] [--json]
      tasks add --year 年度 --section 部分 --content 内容 [--category 类别] [--lead 牵头部门] [--coop 配合部门] [--completion 完成时间]
      tasks presets [--json]
      tasks adopt --preset 预置方案 [--year 年度] [--map 上级部门=本县部门 …] [--replace]`;

const flag = (args: Parsed, name: string) => (typeof args.flags[name] === 'string' ? (args.flags[name] as string) : undefined);

function json(t: TaskRecord) {
  return {
    id: t.id,
    year: t.year,
    section: t.section,
    category: t.category,
    content: t.content,
    leadDepartments: t.leadDepartments,
    cooperatingDepartments: t.cooperatingDepartments,
    completionText: t.completionText,
    completionDate: t.completionDate,
    progress: t.progress,
    sortOrder: t.sortOrder,
  };
}

/** `--map 市煤炭工业局=县发改局 --map 各相关行业协会=` (an empty right side drops the department). */
function mapOverrides(args: Parsed): Record<string, string> {
  const raw = args.flags.map;
  const pairs = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  const overrides: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--map「${pair}」应写作 上级部门=本县部门，如 --map 市经信委=县工信局`);
    overrides[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return overrides;
}

export async function tasksCommand(ctx: ServiceContext, args: Parsed, io: Io): Promise<number> {
  const [, sub] = args.positionals;
  switch (sub) {
    case 'list': {
      const rows = listTasks(ctx.db, yearFlag(ctx, args));
      if (args.flags.json) printJson(io, rows.map(json));
      else printTable(io, ['编号', '部分', '类别', '主要内容', '牵头部门', '完成时间'], rows.map((t) => [t.id, t.section, t.category, t.content.slice(0, 30), t.leadDepartments.join('、'), t.completionText]));
      return 0;
    }
    case 'add': {
      const draft: Record<string, unknown> = { year: yearFlag(ctx, args), section: flag(args, 'section'), content: flag(args, 'content') };
      for (const [key, name] of [['category', 'category'], ['leadDepartments', 'lead'], ['cooperatingDepartments', 'coop'], ['completionText', 'completion']] as const) {
        if (flag(args, name) !== undefined) draft[key] = flag(args, name);
      }
      const { row } = createTask(ctx, draft);
      if (args.flags.json) printJson(io, json(row));
      else io.out(`已添加重点工作（编号 ${row.id}，完成时间 ${row.completionText ?? '未填'}${row.completionDate ? `，即 ${row.completionDate}` : ''}）`);
      return 0;
    }
    case 'presets': {
      const presets = await listPresets();
      if (args.flags.json) printJson(io, presets);
      else printTable(io, ['名称', '年度', '项数', '标题'], presets.map((p) => [p.id, p.year, p.count, p.title]));
      return 0;
    }
    case 'adopt': {
      const id = flag(args, 'preset');
      if (!id) throw new UsageError(USAGE);
      const year = yearFlag(ctx, args);
      const preview = previewAdoption(ctx, await loadPreset(id), year);
      const mapping = Object.fromEntries(preview.departments.map((d) => [d.source, d.proposed]));
      const overrides = mapOverrides(args);
      for (const source of Object.keys(overrides)) {
        if (!(source in mapping)) throw new UsageError(`--map ${source}=…：方案「${preview.title}」中没有部门「${source}」。方案中的部门：${Object.keys(mapping).join('、')}`);
      }
      Object.assign(mapping, overrides);
      const r = adoptTasks(ctx, { year, tasks: preview.tasks, mapping, replace: args.flags.replace === true });
      const departments = preview.departments.map((d) => (d.source in overrides ? { ...d, proposed: overrides[d.source]!, unmatched: false } : d));
      if (args.flags.json) {
        printJson(io, { count: r.count, replaced: r.replaced, departments, yearShift: preview.yearShift, derivedLeads: preview.tasks.flatMap((t, i) => (t.leadDerived ? [{ task: i + 1, leadDepartments: t.leadDepartments }] : [])) });
        return 0;
      }
      io.out(`已采用「${preview.title}」的 ${r.count} 项重点工作${r.replaced ? `（替换原有 ${r.replaced} 项）` : ''}。`);
      if (preview.yearShift) io.out(describeYearShift(preview.yearShift));
      io.out('部门对应（可用 --map 上级部门=本县部门 更改，多个部门以“、”分隔）：');
      printTable(io, ['上级方案中的部门', '本县对应部门', '说明'], departments.map((d) => [d.source, d.proposed, d.source in overrides ? '--map 指定' : d.remembered ? '上次的对应' : d.unmatched ? '本县无对应部门，照原文，请核对' : '']));
      const derived = preview.tasks.flatMap((t, i) => (t.leadDerived ? [`第${i + 1}项`] : []));
      if (derived.length) io.out(`${derived.join('、')}原表未列牵头部门，已按方案正文所列部门填写，请核对。`);
      return 0;
    }
    default:
      throw new UsageError(USAGE);
  }
}
