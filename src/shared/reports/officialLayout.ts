/**
 * Page and type settings for official documents (党政机关公文格式 GB/T 9704-2012) as the annex
 * and the lists use them. Sizes are the Chinese 号 in points; lengths are millimetres.
 */
/** The light grey a group heading row is shaded with (a city annex's county rows), as RRGGBB. */
export const COUNTY_FILL = 'E7E6E6';

export const FONT = {
  /** 附件N label and section rows: 黑体. */
  label: '黑体',
  /** Titles: 方正小标宋简体; machines without it show 宋体, so that is the fallback name. */
  title: '方正小标宋简体',
  titleFallback: '宋体',
  /** Body text: 仿宋_GB2312 (the name Word/WPS on government PCs use). */
  body: '仿宋_GB2312',
  /** Page numbers: 宋体. */
  pageNumber: '宋体',
} as const;

export const SIZE_PT = {
  二号: 22,
  小二: 18,
  三号: 16,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const;

/** A4 landscape. */
export const PAGE_MM = { width: 297, height: 210 } as const;

/**
 * GB/T 9704 margins: top 37 mm and left 28 mm as the standard sets them; right and bottom are
 * what is left of its 156 × 225 mm type area on A4 (210 − 28 − 156 = 26, 297 − 37 − 225 = 35).
 */
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 20 } as const;

export const TYPE_AREA_WIDTH_MM = PAGE_MM.width - MARGINS_MM.left - MARGINS_MM.right;

const MM_PER_PT = 25.4 / 72;
/** Inner padding a spreadsheet or table cell keeps on each side. */
export const CELL_PADDING_MM = 1.0;

/** Width of a text in ems: CJK and full-width forms take one em, other characters about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) ems += charEms(text.charCodeAt(i));
  return ems;
}

function charEms(c: number): number {
  return isWide(c) ? 1 : 0.55;
}

/** CJK ideographs, kana, hangul, CJK punctuation, full-width forms and the wide quotes and dashes. */
function isWide(c: number): boolean {
  if (c < 0x1100) return false;
  return (
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c <= 0x115f ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014
  );
}

/**
 * How many lines a wrapped text takes in a cell of the given width, laid out as spreadsheet and
 * word processors break Chinese text: between any two ideographs, but never inside a run of
 * Latin letters and digits (2011, GB21256-2013), never with closing punctuation (，。、）》”) at
 * the start of a line and never with an opening bracket (（《“) at its end. Ignoring the last
 * two rules under-counted rows such as “按照《产业结构调整指导目录（2011年本）》”, which
 * LibreOffice then printed clipped.
 */
export function wrappedLines(text: string, widthMm: number, fontPt: number): number {
  return linesOfUnits(breakUnits(text), widthMm, fontPt);
}

/** Lines a text split by breakUnits takes: for laying one text out at many widths. */
export function linesOfUnits(units: readonly number[], widthMm: number, fontPt: number): number {
  const lineEms = Math.max(1, (widthMm - 2 * CELL_PADDING_MM) / (fontPt * MM_PER_PT));
  let lines = 1;
  let used = 0;
  for (const unit of units) {
    if (unit < 0) {
      lines += 1;
      used = 0;
      continue;
    }
    if (used + unit <= lineEms + 1e-9) {
      used += unit;
      continue;
    }
    if (used > 0) lines += 1;
    used = unit;
    // A word longer than a line is broken wherever the line ends.
    while (used > lineEms + 1e-9) {
      lines += 1;
      used -= lineEms;
    }
  }
  return lines;
}

const OPENING = new Set('（(《〈“‘【［[{「『'.split('').map((c) => c.charCodeAt(0)));
const CLOSING = new Set('，,。.、；;：:？?！!）)》〉”’】］]}」』…—%％'.split('').map((c) => c.charCodeAt(0)));

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 47 || c === 95;
}

/** The widths (ems) of the pieces a line may break between; -1 for a hard line break. */
export function breakUnits(text: string): number[] {
  const out: number[] = [];
  let pending = 0; // opening brackets waiting for the unit they belong to
  let unit = 0;
  let inWord = false;
  const flush = () => {
    if (unit > 0) out.push(unit);
    unit = 0;
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      flush();
      if (pending > 0) out.push(pending);
      pending = 0;
      out.push(-1);
      continue;
    }
    const w = charEms(c);
    if (CLOSING.has(c)) {
      unit += w; // stays on the line of what it closes
      inWord = false;
      continue;
    }
    if (OPENING.has(c)) {
      flush();
      pending += w;
      continue;
    }
    const word = isWordChar(c);
    if (!(word && inWord)) flush();
    unit += pending + w;
    pending = 0;
    inWord = word;
  }
  flush();
  if (pending > 0) out.push(pending);
  return out;
}

/**
 * Row height in points for a number of lines. CJK faces set lines about 1.3 em apart (仿宋_GB2312
 * in Excel) to 1.45 em (Noto CJK in LibreOffice); the larger keeps text from being clipped.
 */
export function rowHeightPt(lines: number, fontPt: number): number {
  return Math.ceil(lines * fontPt * 1.45 + 6);
}

/** Height of the A4 landscape type area in points, where table rows are printed. */
export const TYPE_AREA_HEIGHT_PT = ((PAGE_MM.height - MARGINS_MM.top - MARGINS_MM.bottom) / 25.4) * 72;

/**
 * The stored width of an Excel column (<col width>, what ExcelJS sets) for millimetres. Excel
 * draws a stored width w as w × 7 px at 96 dpi (7 px: a digit of the default Calibri 11); the
 * 5 px padding is inside w (the default 8.43 characters is stored as 9.14, 64 px), so it is not
 * taken off again here.
 */
export function excelWidthForMm(mm: number): number {
  const px = (mm / 25.4) * 96;
  const width = Math.max(1, Math.round((px / 7) * 100) / 100);
  // ExcelJS leaves out a column whose width is exactly its default 9, and Excel then uses 8.43.
  return width === 9 ? 9.01 : width;
}

/**
 * LibreOffice also draws a stored width w as w digits of the workbook's default font (Calibri
 * 11), but without Calibri it takes a narrower face: 1.763 mm a digit, measured on a rendered
 * annex with Liberation Sans Narrow (the test renderer's stand-in), where Excel and WPS draw
 * 7 px = 1.852 mm.
 */
const LIBREOFFICE_MM_PER_CHARACTER = 1.763;

/**
 * The narrowest width a spreadsheet program prints a column set with excelWidthForMm(mm):
 * 95 % of it in LibreOffice. Text wrapped at this width fits in every program; in Excel the rows
 * keep a little room to spare.
 */
export function printedColumnMm(mm: number): number {
  return Math.min(mm, printedWidthMm(excelWidthForMm(mm)));
}

/** The narrowest width a stored Excel column width (a template's own) prints at, in millimetres. */
export function printedWidthMm(storedWidth: number): number {
  return storedWidth * LIBREOFFICE_MM_PER_CHARACTER;
}

export function mmToInches(mm: number): number {
  return mm / 25.4;
}
