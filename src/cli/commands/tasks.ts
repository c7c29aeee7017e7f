import type { TaskRecord } from '../../shared/entities/task';
import { listTasks } from '../../main/db/repositories/tasks';
import type { ServiceContext } from '../../main/services/context';
import { adoptTasks, listPresets, loadPreset, previewAdoption } from '../../main/services/taskAdoption';
import { createTask } from '../../main/services/tasks';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { yearFlag } from './export';
import { UsageError } from './usage';

/** `ledger tasks list|add|presets|adopt`: enough of 重点工作 to produce the annex from a terminal. */
const USAGE = `用法：tasks list [--year 年度] [--json]
      tasks add --year 年度 --section 部分 --content 内容 [--category 类别] [--lead 牵头部门] [--coop 配合部门] [--completion 完成时间]
      tasks presets [--json]
      tasks adopt --preset 预置方案 [--year 年度] [--replace]`;

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
      const preview = previewAdoption(ctx, await loadPreset(id));
      const mapping = Object.fromEntries(preview.departments.map((d) => [d.source, d.proposed]));
      const r = adoptTasks(ctx, { year: yearFlag(ctx, args), tasks: preview.tasks, mapping, replace: args.flags.replace === true });
      if (args.flags.json) printJson(io, { count: r.count, replaced: r.replaced, departments: preview.departments });
      else io.out(`已采用「${preview.title}」的 ${r.count} 项重点工作${r.replaced ? `（替换原有 ${r.replaced} 项）` : ''}；部门对应：${preview.departments.map((d) => `${d.source}→${d.proposed}`).join('，')}`);
      return 0;
    }
    default:
      throw new UsageError(USAGE);
  }
}
