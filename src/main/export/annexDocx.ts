import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  ANNEX_COLUMNS,
  ANNEX_HEADER,
  layoutAnnex,
  type AnnexCell,
  type AnnexLayout,
  type AnnexOptions,
} from '../../shared/reports/annexLayout';
import { annexColumnWidths } from '../../shared/reports/annexWidths';
import { planAnnexPages } from '../../shared/reports/annexPages';
import { CELL_PADDING_MM, COUNTY_FILL, FONT, MARGINS_MM, PAGE_MM, SIZE_PT, TYPE_AREA_HEIGHT_PT, rowHeightPt, wrappedLines } from '../../shared/reports/officialLayout';
import type { Task } from '../../shared/reports/tasks';
import { throwIfCancelled, writeFileAtomic } from '../fs/atomicWrite';

/**
 * 附件 重点工作与职责分工 as .docx, for the work plan:
 *   1. lay the tasks out with the grid the .xlsx writer uses (same merges);
 *   2. build one section: A4 landscape, GB/T 9704 margins, starting on a new page (and its
 *      first paragraph breaks the page too, so it stays on a page of its own when pasted into
 *      a plan), "— N —" page numbers;
 *   3. 附件N label (黑体 3号), title (小标宋 2号, centred), then the table: header row repeated
 *      on every page, category and department cells merged down, section rows across, rows
 *      that never split, pages broken as planned for the .xlsx (see pageFlow).
 * The table body is 4号 (14 pt) for the reason given in annexXlsx.ts.
 */

const BODY_PT = SIZE_PT.四号;

/** Millimetres to twips, rounded (docx's own helper floors, giving 16837 for A4's 16838). */
const twip = (mm: number) => Math.round((mm / 25.4) * 1440);
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_MARGINS = { left: 85, right: 85, top: 40, bottom: 40 };
/** Text wraps inside the cell margins, which are wider than the padding wrappedLines allows for. */
const printedMm = (mm: number) => mm - 2 * ((CELL_MARGINS.left / 1440) * 25.4 - CELL_PADDING_MM);
/** A little under the type area, for rounding in the word processors' own layout. */
const PAGE_BODY_PT = TYPE_AREA_HEIGHT_PT * 0.97;

export interface AnnexDocxOptions extends AnnexOptions {
  /** Title face; pass FONT.titleFallback (宋体) for machines without 方正小标宋简体. */
  titleFont?: string;
}

function run(text: string, font: string, pt: number): TextRun {
  return new TextRun({ text, font: { ascii: font, hAnsi: font, eastAsia: font }, size: pt * 2 });
}

function paragraphs(text: string, font: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ alignment, children: [run(line, font, BODY_PT)] }));
}

const COLUMN_ALIGN = [
  AlignmentType.CENTER,
  AlignmentType.CENTER,
  AlignmentType.JUSTIFIED,
  AlignmentType.CENTER,
  AlignmentType.CENTER,
  AlignmentType.CENTER,
];

/** A county's heading in a city's annex: shaded, so it does not read as one more section row. */
const COUNTY_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: COUNTY_FILL } as const;

function cell(
  text: string,
  col: number,
  opts: { font?: string; rowSpan?: number; columnSpan?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; shaded?: boolean } = {},
): TableCell {
  return new TableCell({
    children: paragraphs(text, opts.font ?? FONT.body, opts.align ?? COLUMN_ALIGN[col]!),
    ...(opts.shaded ? { shading: COUNTY_SHADING } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    ...(opts.rowSpan && opts.rowSpan > 1 ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.columnSpan && opts.columnSpan > 1 ? { columnSpan: opts.columnSpan } : {}),
  });
}

function headerRow(): TableRow {
  const cells = ANNEX_HEADER.flatMap((text, c) => (c === 2 ? [] : [cell(text, c, { font: FONT.label, columnSpan: c === 1 ? 2 : 1, align: AlignmentType.CENTER })]));
  return new TableRow({ children: cells, tableHeader: true, cantSplit: true });
}

/**
 * How rows break across pages: no row splits (a row cut in two reads as two tasks), and the page
 * breaks planned as for the .xlsx (no page but the last under half full; a category block moves
 * whole only where that leaves little empty, else it breaks between its rows). Word has no page
 * break between table rows, so each planned page's rows are chained with keepNext: a chain that
 * does not fit below the previous one moves whole to the next page. Section rows stay with the
 * row after them. A merged cell cut by a planned break is merged per page and repeats its text,
 * as in the .xlsx (Word shows a merged cell's text on its first page only).
 */
function pageFlow(layout: AnnexLayout, widths: readonly number[]): { keepNext: Set<number>; merged: Map<string, AnnexCell> } {
  const header = rowHeightPt(1, BODY_PT);
  // Above the table on the first page: the 附件N line, the title and its spacing (6 + 18 pt).
  const typeWidth = widths.reduce((a, b) => a + b, 0);
  const title = wrappedLines(layout.title, typeWidth, SIZE_PT.二号) * SIZE_PT.二号 * 1.45 + 24;
  const label = layout.label ? SIZE_PT.三号 * 1.45 : 0;
  const plan = planAnnexPages(layout, widths.map(printedMm), BODY_PT, {
    first: PAGE_BODY_PT - label - title - header,
    later: PAGE_BODY_PT - header,
  });
  const pageLast = new Set([...plan.breaks.map((b) => b - 1), layout.rows.length - 1]);
  const keepNext = new Set(layout.rows.flatMap((_, i) => (pageLast.has(i) ? [] : [i])));
  const merged = new Map(
    plan.merges.map(({ range: [top, col, bottom, right], text }) => [`${top}:${col}`, { text, rowSpan: bottom - top + 1, colSpan: right - col + 1 }]),
  );
  return { keepNext, merged };
}

/** 「— N —」 in 宋体 四号, one character in from the outer edge: right on odd pages, left on even (GB/T 9704-2012 7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneCharacter = SIZE_PT.四号 * 20; // twips
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter } : { left: oneCharacter },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONT.pageNumber, size: SIZE_PT.四号 * 2 })],
      }),
    ],
  });
}

export function buildAnnexSection(tasks: readonly Task[], opts: AnnexDocxOptions): ISectionOptions {
  const layout = layoutAnnex(tasks, opts);
  const widths = annexColumnWidths(layout, BODY_PT, printedMm);
  const flow = pageFlow(layout, widths);
  const rows = [headerRow()];
  layout.rows.forEach((row, i) => {
    const keepNext = flow.keepNext.has(i);
    if (row.kind === 'section') {
      rows.push(new TableRow({ children: [cell(row.text, 0, { font: FONT.label, columnSpan: ANNEX_COLUMNS, align: AlignmentType.LEFT, shaded: row.county })], cantSplit: true, keepNext }));
      return;
    }
    const cells = row.cells.flatMap((laid: AnnexCell, col) => {
      const c = flow.merged.get(`${i}:${col}`) ?? laid;
      return c.rowSpan === 0 || c.colSpan === 0 ? [] : [cell(c.text, col, { rowSpan: c.rowSpan, columnSpan: c.colSpan })];
    });
    rows.push(new TableRow({ children: cells, cantSplit: true, keepNext }));
  });

  const table = new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((mm) => twip(mm)),
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });

  const children = [
    ...(layout.label ? [new Paragraph({ pageBreakBefore: true, children: [run(layout.label, FONT.label, SIZE_PT.三号)] })] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: !layout.label,
      spacing: { before: 120, after: 360 },
      children: [run(layout.title, opts.titleFont ?? FONT.title, SIZE_PT.二号)],
    }),
    table,
  ];

  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: { width: twip(PAGE_MM.height), height: twip(PAGE_MM.width), orientation: PageOrientation.LANDSCAPE },
        margin: {
          top: twip(MARGINS_MM.top),
          bottom: twip(MARGINS_MM.bottom),
          left: twip(MARGINS_MM.left),
          right: twip(MARGINS_MM.right),
          header: twip(MARGINS_MM.header),
          footer: twip(MARGINS_MM.footer),
        },
      },
    },
    // The document sets evenAndOddHeaderAndFooters (buildAnnexDocument; a plan that appends this
    // section sets it too), else Word shows the default footer on every page.
    footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
    children,
  };
}

export function buildAnnexDocument(tasks: readonly Task[], opts: AnnexDocxOptions): Document {
  return new Document({
    creator: '落后产能退出台账',
    title: opts.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: { ascii: FONT.body, hAnsi: FONT.body, eastAsia: FONT.body }, size: BODY_PT * 2 } } } },
    sections: [buildAnnexSection(tasks, opts)],
  });
}

export async function writeAnnexDocx(file: string, tasks: readonly Task[], opts: AnnexDocxOptions, signal?: AbortSignal): Promise<void> {
  throwIfCancelled(signal);
  const buffer = await Packer.toBuffer(buildAnnexDocument(tasks, opts));
  await writeFileAtomic(file, buffer, signal ? { signal } : {});
}
