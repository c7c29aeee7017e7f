import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeAnnexXlsx } from '../../../src/main/export/annexXlsx';
import { loadTaskPreset } from '../../../src/main/export/taskPresets';
import { Task, type TaskPreset } from '../../../src/shared/reports/tasks';
import { printedTable } from '../../support/pdfTable';
import { hasSoffice, pdfPageSizes, pdfPages, squash, toPdf, toPng, zipPart } from '../../support/render';

const PRESET = join(import.meta.dirname, '../../../resources/presets/tasks-nantong-2017.json');
const HOSTILE = '=HYPERLINK("http://x","y")';

let preset: TaskPreset;
let dir: string;
let file: string;
let ws: ExcelJS.Worksheet;
/** 通政办发〔2017〕179号's annex exactly as transcribed: 23 tasks. */
let nantongFile: string;
let nantong: ExcelJS.Worksheet;

beforeAll(async () => {
  preset = await loadTaskPreset(PRESET);
  dir = mkdtempSync(join(tmpdir(), '附件-'));
  file = join(dir, '附件3 重点工作与职责分工.xlsx');
  const tasks = [...preset.tasks, Task.parse({ section: '保障措施', category: '加强监督引导', content: HOSTILE, leadDepartments: ['-县工信局'], cooperatingDepartments: [], completionText: '+全年' })];
  await writeAnnexXlsx(file, tasks, { title: preset.title, annexNumber: 3 });
  nantongFile = join(dir, '南通 附件3.xlsx');
  await writeAnnexXlsx(nantongFile, preset.tasks, { title: preset.title, annexNumber: 3 });
  ws = await firstSheet(file);
  nantong = await firstSheet(nantongFile);
});

async function firstSheet(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0]!;
}

describe('annex .xlsx', () => {
  it('opens with the 附件N label, the title and the header', () => {
    expect(ws.getCell('A1').value).toBe('附件3');
    expect(ws.getCell('A1').font?.name).toBe('黑体');
    expect(ws.getCell('A1').font?.size).toBe(16);
    expect(ws.getCell('A2').value).toBe(preset.title);
    expect(ws.getCell('A2').font?.size).toBe(22);
    expect(ws.getCell('A2').alignment?.horizontal).toBe('center');
    expect([1, 2, 4, 5, 6].map((c) => ws.getCell(4, c).value)).toEqual(['序号', '主要内容', '牵头部门', '配合部门', '完成时间']);
    expect(ws.model.merges).toContain('B4:C4');
  });

  it('has section rows across the table and the category merged over its tasks', () => {
    const merges = ws.model.merges;
    expect(ws.getCell('A5').value).toBe('一、重点任务');
    expect(merges).toContain('A5:F5');
    const section2 = findRow(ws, '二、保障措施');
    expect(merges).toContain(`A${section2}:F${section2}`);
    // 鼓励转型升级 covers items 8 to 11; its category cell is merged over the four rows.
    const first = findRow(ws, '对符合条件的转产转型等予以政策、资金支持。', 3);
    // A page break may cut the block: then each page's part is merged and repeats the category.
    for (let r = first; r <= first + 3; r++) expect(ws.getCell(r, 2).value).toBe('鼓励转型升级');
    const spans = merges.filter((m) => m.startsWith('B')).map((m) => m.match(/\d+/g)!.map(Number) as [number, number]);
    expect(spans.some(([a, b]) => a >= first && b <= first + 3 && b > a)).toBe(true);
    expect(ws.getCell(first + 4, 2).value).not.toBe('鼓励转型升级');
    // 市物价局 leads items 12 and 13, printed once as in the seed.
    const price = findRow(ws, '对能耗、电耗达不到强制性标准的产能，以及属于淘汰类的产能，执行差别电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格。', 3);
    expect(ws.getCell(price, 4).value).toBe('市物价局');
    expect(merges).toContain(`D${price}:D${price + 1}`);
  });

  it('is set up for A4 landscape printing, one page wide, with the header repeated', () => {
    const ps = ws.pageSetup;
    expect(ps.orientation).toBe('landscape');
    expect(ps.paperSize).toBe(9);
    expect(ps.fitToWidth).toBe(1);
    expect(ps.fitToHeight).toBe(0);
    expect(ps.printTitlesRow).toBe('4:4');
    expect(ps.margins?.top).toBeCloseTo(37 / 25.4, 3);
    expect(ps.margins?.left).toBeCloseTo(28 / 25.4, 3);
    expect(ws.getCell('C6').border?.left?.style).toBe('thin');
    expect(ws.getCell('C6').alignment?.wrapText).toBe(true);
  });

  it('writes formula-like text as literal text, never as a formula', async () => {
    const r = findRow(ws, HOSTILE, 3);
    expect(ws.getCell(r, 3).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(r, 3).numFmt).toBe('@');
    expect(ws.getCell(r, 4).value).toBe('-县工信局');
    const sheet = XLSX.read(readFileSync(file), { cellFormula: true }).Sheets['附件3']!;
    const formulas = Object.keys(sheet).filter((k) => !k.startsWith('!') && (sheet[k] as XLSX.CellObject).f !== undefined);
    expect(formulas).toEqual([]);
  });
});

describe.skipIf(!hasSoffice())('annex .xlsx printed by LibreOffice', () => {
  // Type area of A4 landscape under GB/T 9704 margins: from 37 mm to 175 mm down the page.
  const TYPE_TOP = (37 / 25.4) * 72;
  const TYPE_BOTTOM = ((210 - 35) / 25.4) * 72;
  let pages: string[];
  let pdf: string;
  let nantongPdf: string;
  beforeAll(async () => {
    [pdf, nantongPdf] = await toPdf([file, nantongFile], dir);
    pages = pdfPages(pdf!);
    // Looked at by hand when the layout changes (kept in the temporary folder).
    await toPng(nantongPdf!, join(dir, '南通'), 50);
  });

  it('prints A4 landscape pages, each one page wide with every column', () => {
    for (const size of pdfPageSizes(pdf)) {
      expect(size.width).toBeCloseTo(841.9, 0);
      expect(size.height).toBeCloseTo(595.3, 0);
    }
    expect(pages[0]).toContain('附件3');
    expect(squash(pages[0]!)).toContain(squash(preset.title));
    // The last column's text is on the first page: nothing was pushed to a page of its own.
    expect(pages[0]).toMatch(/完成时间/);
    expect(pages[0]).toMatch(/全年/);
  });

  it('repeats the header row on every page and shows every item number', () => {
    // pdftotext interleaves a header cell with a tall neighbour's lines, so each is looked for alone.
    for (const page of pages) for (const head of ['序号', '主要内容', '牵头部门', '配合部门', '完成时间']) expect(squash(page)).toContain(head);
    const text = pages.join('\n');
    for (let n = 1; n <= 21; n++) expect(text).toMatch(new RegExp(`(^|\\s)${n}\\s`, 'm'));
    expect(squash(text)).toContain('二、保障措施');
  });

  it('shows the hostile text literally', () => {
    expect(squash(pages.join(''))).toContain(squash(HOSTILE));
  });

  describe('Nantong 2017 (通政办发〔2017〕179号 附件3, 23 tasks)', () => {
    it('prints every cell\'s text whole: each cell is found complete in its printed column', () => {
      const printed = printedTable(nantongPdf);
      const columns = printed[0]!.columns.length - 1;
      expect(columns).toBe(6);
      let checked = 0;
      for (let r = 5; r <= nantong.rowCount; r++) {
        for (let c = 1; c <= 6; c++) {
          const cell = nantong.getCell(r, c);
          if (cell.isMerged && cell.master.address !== cell.address) continue;
          const text = squash(String(cell.value ?? ''));
          if (text === '') continue;
          checked += 1;
          const found = printed.some((page) => page.columnText[c - 1]!.includes(text));
          expect(found, `第${r}行第${c}列「${cell.value}」未完整印出`).toBe(true);
        }
      }
      expect(checked).toBeGreaterThan(23 * 4);
      // …and no line of it reaches past its cell's rules, where the program would cut it off.
      expect(printed.flatMap((page) => page.cutWords)).toEqual([]);
    });

    it('breaks pages only where planned, between rows, on at most 6 pages, no row taller than a page', () => {
      const printed = printedTable(nantongPdf);
      expect(printed.length).toBeLessThanOrEqual(6);
      const breaks = [...zipPart(nantongFile, 'xl/worksheets/sheet1.xml').matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(breaks.length).toBeGreaterThan(0);
      // LibreOffice added no page break of its own: every page ends at a planned row.
      expect(printed.length).toBe(breaks.length + 1);
      const later = TYPE_BOTTOM - TYPE_TOP - (nantong.getRow(4).height ?? 0);
      for (let r = 5; r <= nantong.rowCount; r++) expect(nantong.getRow(r).height).toBeLessThanOrEqual(later);
    });

    it('fills its pages: none but the last under half full, and on average more than three quarters', () => {
      const printed = printedTable(nantongPdf);
      const fills = printed.map((page) => (Math.max(...page.rows) - TYPE_TOP) / (TYPE_BOTTOM - TYPE_TOP));
      const full = fills.slice(0, -1);
      for (const [i, fill] of full.entries()) expect(fill, `第${i + 1}页只印了${Math.round(fill * 100)}%`).toBeGreaterThanOrEqual(0.5);
      expect(full.reduce((a, b) => a + b, 0) / full.length).toBeGreaterThan(0.75);
      for (const fill of fills) expect(fill).toBeLessThanOrEqual(1.005);
    });
  });
});

function findRow(sheet: ExcelJS.Worksheet, text: string, col = 1): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, col).value === text) return r;
  throw new Error(`找不到 ${text}`);
}
