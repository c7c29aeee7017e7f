import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { squash } from './render';

/**
 * A printed table read back from its PDF, to check what a reader sees: where the ruled lines
 * are (a page rendered without anti-aliasing, then rows and columns of dark pixels counted) and
 * which words each column holds. Positions are in points from the page's top left.
 */
export interface PrintedPage {
  /** x of each vertical rule, left to right. */
  columns: number[];
  /** y of each horizontal rule that crosses most of the table, top to bottom. */
  rows: number[];
  /** The text of each column (between two vertical rules), read top to bottom, without spaces. */
  columnText: string[];
  /**
   * Words in the table that reach over the rules of their cell (more than 2 pt, the font's box
   * being taller than its ink): a spreadsheet program clips them there, so part of the line is
   * not printed, although the PDF still holds its text.
   */
  cutWords: string[];
}

export function printedTable(pdf: string): PrintedPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-rules-'));
  // 72 dpi: one pixel per point.
  execFileSync('pdftoppm', ['-gray', '-r', '72', '-aa', 'no', '-aaVector', 'no', pdf, join(dir, 'p')]);
  const images = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort((a, b) => pageNo(a) - pageNo(b));
  const words = pdfWords(pdf);
  return images.map((name, i) => {
    const image = pgmImage(readFileSync(join(dir, name)));
    const { columns, rows } = rules(image);
    const inColumn = (w: Word, c: number) => w.xMin >= columns[c]! - 1 && w.xMin < columns[c + 1]! - 1;
    const columnText = columns.slice(0, -1).map((_, c) =>
      (words[i] ?? [])
        .filter((w) => inColumn(w, c))
        .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
        .map((w) => squash(w.text))
        .join(''),
    );
    const cutWords: string[] = [];
    columns.slice(0, -1).forEach((left, c) => {
      const edges = cellEdges(image, left, columns[c + 1]!);
      for (const w of words[i] ?? []) {
        const middle = (w.yMin + w.yMax) / 2;
        if (!inColumn(w, c) || rows.length < 2 || middle < rows[0]! || middle > rows[rows.length - 1]!) continue;
        const above = Math.max(...edges.filter((y) => y <= middle));
        const below = Math.min(...edges.filter((y) => y >= middle));
        if (w.yMin < above - 2 || w.yMax > below + 2) cutWords.push(w.text);
      }
    });
    return { columns, rows, columnText, cutWords };
  });
}

function pageNo(file: string): number {
  return Number(/-(\d+)\.pgm$/.exec(file)![1]);
}

interface Word {
  xMin: number;
  yMin: number;
  yMax: number;
  text: string;
}

function pdfWords(pdf: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        yMax: Number(m[3]),
        text: unescape(m[4]!),
      })),
    );
}

/**
 * Ruled lines of a binary PGM (P5) page image: columns and rows of pixels holding one unbroken
 * dark run longer than text could draw (40 pt down; 60 % of the table across).
 */
interface Image {
  width: number;
  height: number;
  dark: (x: number, y: number) => boolean;
}

function pgmImage(pgm: Buffer): Image {
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return { width, height, dark: (x, y) => pixels[y * width + x]! < 128 };
}

/** y of the horizontal rules that cross the whole column between x `left` and `right`. */
function cellEdges({ height, dark }: Image, left: number, right: number): number[] {
  const across: number[] = [];
  for (let y = 0; y < height; y++) {
    let whole = true;
    for (let x = Math.ceil(left) + 2; x <= Math.floor(right) - 2 && whole; x++) whole = dark(x, y);
    across.push(whole ? 1 : 0);
  }
  return runs(across, 0.5);
}

function rules({ width, height, dark }: Image): { columns: number[]; rows: number[] } {
  const longest = (length: number, at: (i: number) => boolean) => {
    let best = 0;
    let run = 0;
    for (let i = 0; i < length; i++) best = Math.max(best, (run = at(i) ? run + 1 : 0));
    return best;
  };
  const down = Array.from({ length: width }, (_, x) => longest(height, (y) => dark(x, y)));
  const columns = runs(down, 40);
  const tableWidth = columns.length > 1 ? columns[columns.length - 1]! - columns[0]! : width;
  const across = Array.from({ length: height }, (_, y) => longest(width, (x) => dark(x, y)));
  return { columns, rows: runs(across, tableWidth * 0.6) };
}

/** Centres of the runs of neighbouring indexes whose count passes the threshold. */
function runs(counts: readonly number[], threshold: number): number[] {
  const out: number[] = [];
  let start = -1;
  counts.forEach((n, i) => {
    if (n > threshold && start < 0) start = i;
    if ((n <= threshold || i === counts.length - 1) && start >= 0) {
      out.push((start + (n > threshold ? i : i - 1)) / 2 + 0.5);
      start = -1;
    }
  });
  return out;
}
