import { chineseNumeral, sectionName, type Task } from './tasks';

/**
 * The responsibility table of a work plan (附件 重点工作与职责分工) as a grid, shared by the
 * .xlsx and .docx writers so both merge the same cells. Modelled on 通政办发〔2017〕179号 附件3:
 *   序号 | 主要内容 (category | task text) | 牵头部门 | 配合部门 | 完成时间
 * - a section row (一、重点任务) spans the whole table; sections are numbered by appearance;
 * - 序号 runs across sections; a task marked continuesNumber shares the number above it;
 * - a category cell is merged over its consecutive tasks; a task without a category lets its
 *   text take both halves of 主要内容;
 * - inside one category, consecutive tasks with the same lead (or cooperating) departments share
 *   one merged cell, as that annex prints 市物价局 once over items 12 and 13;
 * - 完成时间 is never merged: that annex repeats 全年 on every line.
 * A city's annex (byCounty) puts each county's plan under a row naming the county, as the
 * 领导小组 reads its counties' plans one after another: sections and 序号 start again in each,
 * since every county numbered its own plan; the city's own tasks come under 市本级.
 */

export const ANNEX_COLUMNS = 6;
export const ANNEX_HEADER = ['序号', '主要内容', '', '牵头部门', '配合部门', '完成时间'] as const;

/**
 * Column widths in millimetres; they add up to the A4 landscape type area (297 − 28 − 26 = 243).
 * 序号, 类别 and 完成时间 are printed at these widths; the other three are refitted to each
 * plan's text by annexWidths.ts.
 */
export const ANNEX_COLUMN_WIDTHS_MM = [13, 35, 84, 32, 52, 27] as const;

/** One cell of a task row. rowSpan 0: covered by the merged cell above; colSpan 0: by the one to the left. */
export interface AnnexCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export type AnnexRow =
  /** A heading row across the table: a section (一、重点任务), or in a city's annex a county's name (`county`). */
  | { kind: 'section'; text: string; county?: true }
  | { kind: 'task'; cells: AnnexCell[]; task: Task };

export interface AnnexLayout {
  /** 附件3; '' for none. */
  label: string;
  title: string;
  rows: AnnexRow[];
}

export interface AnnexOptions {
  /** 3 → 附件3; a string is used as written; omitted → no label. */
  annexNumber?: number | string;
  title: string;
  /** Merge equal neighbouring department cells inside a category (default true, as 通政办发〔2017〕179号 附件3). */
  mergeRepeatedDepartments?: boolean;
  /** A city ledger's annex: the tasks come county by county, each county under its own row. */
  byCounty?: boolean;
}

/** A task of a city ledger, with the county it came from ('' for the city's own). */
export type AnnexTask = Task & { county?: string };

export const OWN_TASKS_HEADING = '市本级';

/** Lead departments one per line (that annex prints 市经信委 / 市财政局 stacked); partners in a run. */
export function leadText(task: Task): string {
  return task.leadDepartments.join('\n');
}

export function cooperatingText(task: Task): string {
  return task.cooperatingDepartments.join('、');
}

export function annexLabel(annexNumber: number | string | undefined): string {
  if (annexNumber === undefined || annexNumber === '') return '';
  return typeof annexNumber === 'number' ? `附件${annexNumber}` : annexNumber;
}

export function layoutAnnex(tasks: readonly AnnexTask[], opts: AnnexOptions): AnnexLayout {
  const mergeDepartments = opts.mergeRepeatedDepartments ?? true;
  const rows: AnnexRow[] = [];
  let sectionCount = 0;
  let number = 0;
  let previous: Task | undefined;
  // Index in `rows` of the task row that owns each open merged cell, per column.
  const owner: (number | undefined)[] = new Array(ANNEX_COLUMNS).fill(undefined);

  let county: string | undefined;

  for (const task of tasks) {
    if (opts.byCounty && (county === undefined || (task.county ?? '') !== county)) {
      county = task.county ?? '';
      rows.push({ kind: 'section', text: county || OWN_TASKS_HEADING, county: true });
      [sectionCount, number, previous] = [0, 0, undefined];
    }
    const newSection = !previous || sectionName(previous.section) !== sectionName(task.section);
    if (newSection) {
      sectionCount += 1;
      rows.push({ kind: 'section', text: `${chineseNumeral(sectionCount)}、${sectionName(task.section)}` });
      owner.fill(undefined);
    }
    const sameCategory = !newSection && previous !== undefined && task.category !== '' && previous.category === task.category;
    const sharesNumber = sameCategory && task.continuesNumber;
    if (!sharesNumber) number += 1;

    const texts = [String(number), task.category, task.content, leadText(task), cooperatingText(task), task.completionText];
    const merges = [
      sharesNumber,
      sameCategory,
      false,
      mergeDepartments && sameCategory && texts[3] !== '' && texts[3] === leadText(previous!),
      mergeDepartments && sameCategory && texts[4] !== '' && texts[4] === cooperatingText(previous!),
      false,
    ];
    const cells: AnnexCell[] = texts.map((text) => ({ text, rowSpan: 1, colSpan: 1 }));
    if (task.category === '') {
      // No heading: the task text spans both halves of 主要内容.
      cells[1] = { text: task.content, rowSpan: 1, colSpan: 2 };
      cells[2] = { text: '', rowSpan: 1, colSpan: 0 };
    }
    const rowIndex = rows.length;
    for (let col = 0; col < ANNEX_COLUMNS; col++) {
      const ownerIndex = owner[col];
      if (merges[col] && ownerIndex !== undefined) {
        const ownerRow = rows[ownerIndex] as Extract<AnnexRow, { kind: 'task' }>;
        ownerRow.cells[col]!.rowSpan += 1;
        cells[col] = { text: '', rowSpan: 0, colSpan: 1 };
      } else {
        owner[col] = rowIndex;
      }
    }
    rows.push({ kind: 'task', cells, task });
    previous = task;
  }
  return { label: annexLabel(opts.annexNumber), title: opts.title, rows };
}

/** The merged ranges of a layout as [firstRow, firstCol, lastRow, lastCol], 0-based over `rows`. */
export function annexMerges(layout: AnnexLayout): [number, number, number, number][] {
  const merges: [number, number, number, number][] = [];
  layout.rows.forEach((row, r) => {
    if (row.kind === 'section') {
      merges.push([r, 0, r, ANNEX_COLUMNS - 1]);
      return;
    }
    row.cells.forEach((cell, c) => {
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        merges.push([r, c, r + Math.max(cell.rowSpan, 1) - 1, c + Math.max(cell.colSpan, 1) - 1]);
      }
    });
  });
  return merges;
}
