import { MILESTONE_KINDS, type MilestoneKind } from './milestones';
import { resolveCompletionTime } from './completionTime';

/**
 * A superior's list of time nodes pasted from Excel/WPS (tab-separated) or saved as CSV: one
 * milestone per line. A header line naming the columns (名称, 完成时间, 责任单位, 文号, 类别)
 * sets their order; without one the order is 名称, 完成时间, 责任单位, 文号. Lines that are
 * blank, a 序号 only, or 填表说明-like footnotes are skipped.
 */

export interface ParsedMilestone {
  readonly line: number;
  readonly name: string;
  readonly kind: MilestoneKind;
  readonly due: string;
  readonly owner: string | null;
  readonly documentNumber: string | null;
}

export type MilestoneTextResult =
  | { readonly ok: true; readonly rows: ParsedMilestone[] }
  | { readonly ok: false; readonly errors: { readonly line: number; readonly message: string }[] };

type Column = 'name' | 'due' | 'owner' | 'documentNumber' | 'kind' | 'skip';

const HEADER_WORDS: [RegExp, Column][] = [
  [/^(序号|编号|No\.?)$/i, 'skip'],
  [/^时间节点(名称)?$/, 'name'],
  [/(完成时间|时间要求|时限|截止|日期|时间)/, 'due'],
  [/(责任单位|牵头|责任部门|负责|承办)/, 'owner'],
  [/(文号|依据|来源|文件)/, 'documentNumber'],
  [/(类别|类型)/, 'kind'],
  [/(名称|事项|内容|工作|任务|节点)/, 'name'],
];

const DEFAULT_ORDER: Column[] = ['name', 'due', 'owner', 'documentNumber'];

const KIND_WORDS: [RegExp, MilestoneKind][] = [
  [/(上报|报送|函告).*(摸排|摸底|排查)/, '上报摸排情况'],
  [/(排查|摸底|摸排)/, '排查摸底'],
  [/方案/, '制定工作方案'],
  [/验收/, '现场验收'],
  [/(公示|公告)/, '公示公告'],
  [/总结/, '年度总结'],
  [/(关闭|退出|拆除|淘汰)/, '完成关闭退出'],
  [/(上报|报送|函告|报省|报市)/, '上报上级'],
];

export function guessMilestoneKind(name: string): MilestoneKind {
  return KIND_WORDS.find(([re]) => re.test(name))?.[1] ?? '其他';
}

export function parseMilestoneText(text: string, year: number): MilestoneTextResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: ParsedMilestone[] = [];
  const errors: { line: number; message: string }[] = [];
  let order = DEFAULT_ORDER;
  let headerSeen = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const cells = splitLine(raw).map((c) => c.trim());
    if (cells.every((c) => c === '') || (cells.filter((c) => c !== '').length === 1 && /^\d+$/.test(cells.find((c) => c !== '') ?? ''))) return;
    if (!headerSeen && isHeader(cells)) {
      order = cells.map(columnOf);
      headerSeen = true;
      return;
    }
    headerSeen = true;
    const value = (col: Column) => {
      const i = order.indexOf(col);
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    const name = value('name');
    const due = value('due');
    if (/^(填表|填报|说明|注[:：]|备注)/.test(cells[0] ?? '')) return;
    if (!name) return void errors.push({ line, message: '缺少时间节点名称' });
    if (name.length > 60) return void errors.push({ line, message: `名称“${name.slice(0, 20)}…”超过60个字` });
    if (!due) return void errors.push({ line, message: `“${name}”缺少完成时间` });
    const resolved = resolveCompletionTime(due, year);
    if (!resolved.ok) return void errors.push({ line, message: resolved.error.message });
    const kindText = value('kind');
    const kind = (MILESTONE_KINDS as readonly string[]).includes(kindText) ? (kindText as MilestoneKind) : guessMilestoneKind(name);
    rows.push({ line, name, kind, due, owner: value('owner') || null, documentNumber: value('documentNumber') || null });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, rows };
}

function isHeader(cells: string[]): boolean {
  const columns = cells.map(columnOf);
  return columns.includes('name') && columns.includes('due');
}

function columnOf(cell: string): Column {
  const t = cell.replace(/\s+/g, '');
  return HEADER_WORDS.find(([re]) => re.test(t))?.[1] ?? 'skip';
}

/** Tab-separated when the line has a tab (a paste from Excel), else CSV with quotes. */
function splitLine(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
