import type { DetectedTable } from '../import/table';
import type { SheetData } from '../import/types';
import { cellText } from '../import/table';
import type { Mapping } from '../import/mapping';
import type { TargetKey } from '../import/targets';
import { splitDepartments } from '../entities/task';
import { sectionName, type TaskInput } from './tasks';

/**
 * A superior's responsibility table (the city's 重点工作与职责分工, found by the import engine's
 * table detection and mapped with its column proposal) read as tasks:
 * - the section is the heading row the task sits under (一、重点任务 → 重点任务) — looked up in
 *   the sheet too, because 通政办发〔2017〕179号 附件3 writes headings in the 序号 column, which the import
 *   engine's row classification skips as a serial number column;
 * - a 主要内容 header merged over two columns gives the category and the task text;
 * - a 序号 merged over several tasks (通政办发〔2017〕179号 附件3 item 6) marks the later ones as sharing it;
 * - departments written 市经信委、市财政局 or one per line become lists.
 * Rows without task text are left out and counted.
 */
export interface PlanTableResult {
  tasks: TaskInput[];
  skipped: number;
}

const HEADING = /^[一二三四五六七八九十]+[、.．]/;

/** Section headings below the header, by 1-based row: rows with one text only, numbered 一、. */
function headingRows(sheet: SheetData, from: number): Map<number, string> {
  const out = new Map<number, string>();
  for (let r = from - 1; r < sheet.rows.length; r++) {
    const texts = (sheet.rows[r] ?? []).map((v) => cellText(v)).filter((t) => t !== '');
    if (texts.length === 1 && HEADING.test(texts[0]!)) out.set(r + 1, texts[0]!);
  }
  return out;
}

export function tasksFromPlanTable(table: DetectedTable, mapping: Mapping, sheet?: SheetData): PlanTableResult {
  const headings = sheet ? headingRows(sheet, table.bodyStartRow) : new Map<number, string>();
  const sectionAt = (sourceRow: number, fallback: string | null): string | null => {
    let best: [number, string] | null = null;
    for (const [r, text] of headings) if (r < sourceRow && (!best || r > best[0])) best = [r, text];
    return best ? best[1] : fallback;
  };
  const column = (target: TargetKey): number | undefined => {
    const f = mapping.fields.find((x) => x.target === target);
    return f && 'column' in f ? f.column : undefined;
  };
  const constant = (target: TargetKey): string | undefined => {
    const f = mapping.fields.find((x) => x.target === target);
    return f && 'constant' in f ? f.constant : undefined;
  };
  const at = (cells: readonly (string | number | null)[], target: TargetKey): string => {
    const c = column(target);
    return c === undefined ? (constant(target) ?? '') : cellText(cells[c] ?? null).replace(/\s*\n\s*/g, '\n').trim();
  };
  // cellText folds line breaks into spaces; departments and text need the raw cell.
  const raw = (cells: readonly (string | number | null)[], target: TargetKey): string => {
    const c = column(target);
    if (c === undefined) return constant(target) ?? '';
    const v = cells[c];
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const serial = table.serialColumns[0]?.index;

  const tasks: TaskInput[] = [];
  let skipped = 0;
  let previousSerial: string | null = null;
  for (const row of table.rows) {
    let content = raw(row.cells, 'task.content');
    let category = at(row.cells, 'task.category');
    if (content === '' && category !== '') [content, category] = [category, ''];
    if (content === '') {
      skipped += 1;
      continue;
    }
    const number = serial === undefined ? null : cellText(row.cells[serial] ?? null);
    const section = sectionName(at(row.cells, 'task.section') || (sectionAt(row.sourceRow, row.section) ?? '')) || '重点任务';
    tasks.push({
      section,
      category: category === content ? '' : category,
      content: content.replace(/[ \t\u3000]*\n[ \t\u3000]*/g, ''),
      leadDepartments: splitDepartments(raw(row.cells, 'task.leadDepartments')),
      cooperatingDepartments: splitDepartments(raw(row.cells, 'task.cooperatingDepartments')),
      completionText: at(row.cells, 'task.completionText'),
      continuesNumber: number !== null && number !== '' && number === previousSerial,
    });
    if (number !== null && number !== '') previousSerial = number;
  }
  return { tasks, skipped };
}
