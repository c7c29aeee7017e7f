import { api } from '../api';
import { formatDateTime } from '../common/format';
import './print.css';

/**
 * What 打印 puts on paper: a plain table of the rows as they are shown (filtered and sorted) in
 * the columns shown, under a header naming the county, the year, the list and its filter. The
 * grids are virtualised (only the rows on screen exist in the page), so the sheet is built from
 * the data, not printed from the screen.
 */
export interface PrintSheet {
  /** The list's name: 企业名录, 落后设备（生产线）, 红黄牌企业… */
  title: string;
  /** The filter in words (「全部」 when none). */
  filter: string;
  /** What a row counts, for 「共 12 家」. */
  measure: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

const SHEET_ID = 'print-sheet';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Lays the sheet into the page (hidden on screen; the print style sheet shows only it). The
 * header is the table's head, so Chromium repeats it on every page; page numbers are the
 * @page margin boxes of print.css.
 */
export function renderSheet(sheet: PrintSheet, county: string, year: number, now: Date): HTMLElement {
  document.getElementById(SHEET_ID)?.remove();
  const root = element('div', '');
  root.id = SHEET_ID;
  root.dataset.testid = 'print-sheet';
  const table = element('table', 'print-table');
  const head = element('thead', '');
  const titleRow = element('tr', 'print-title-row');
  const titleCell = element('th', 'print-title');
  titleCell.colSpan = sheet.columns.length || 1;
  titleCell.append(
    element('div', 'print-heading', `${county}落后产能退出台账 · ${year}年度 · ${sheet.title}`),
    element(
      'div',
      'print-meta',
      `筛选：${sheet.filter}　共 ${sheet.rows.length} ${sheet.measure}　打印于 ${formatDateTime(now.toISOString())}`,
    ),
  );
  titleRow.append(titleCell);
  const columnRow = element('tr', 'print-column-row');
  for (const c of sheet.columns) columnRow.append(element('th', '', c));
  head.append(titleRow, columnRow);
  const body = element('tbody', '');
  for (const r of sheet.rows) {
    const tr = element('tr', '');
    for (const v of r) tr.append(element('td', '', v));
    body.append(tr);
  }
  table.append(head, body);
  root.append(table);
  document.body.append(root);
  return root;
}

/**
 * Prints a sheet: in Electron through the system print dialog (main's app:print), in the
 * browser with window.print(). The sheet stays in the page, hidden, until the next 打印.
 */
export async function printSheet(sheet: PrintSheet): Promise<void> {
  const info = await api.call('app:info', {});
  renderSheet(sheet, info.settings.countyName || '', info.settings.year, new Date());
  const answer = await api.call('app:print', {});
  if (!answer.native) window.print();
}
