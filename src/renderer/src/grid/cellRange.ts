/**
 * A rectangle of cells, in display positions (the row's place in the sorted, filtered grid and
 * the column's place among the shown data columns), and the series a fill handle extends.
 * Pure: the grid side is rangeSelection.ts.
 */
export interface CellPos {
  row: number;
  col: number;
}

/** Where the selection started (the active cell) and the corner the user dragged or moved to. */
export interface CellRange {
  anchor: CellPos;
  end: CellPos;
}

export interface Bounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function boundsOf(r: CellRange): Bounds {
  return {
    top: Math.min(r.anchor.row, r.end.row),
    bottom: Math.max(r.anchor.row, r.end.row),
    left: Math.min(r.anchor.col, r.end.col),
    right: Math.max(r.anchor.col, r.end.col),
  };
}

export function inBounds(b: Bounds | null, row: number, col: number): boolean {
  return !!b && row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

/** Shift+arrow: the far corner moves one cell, staying inside the grid. */
export function moveEnd(r: CellRange, dRow: number, dCol: number, rows: number, cols: number): CellRange {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  return { anchor: r.anchor, end: { row: clamp(r.end.row + dRow, rows), col: clamp(r.end.col + dCol, cols) } };
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A text with a number in it, split at its last number: 第1批 → 第, 1, 批. */
const LAST_NUMBER = /^(.*?)(\d+)(\D*)$/;

const decimals = (s: string) => (s.split('.')[1] ?? '').length;
const pad2 = (n: number) => String(n).padStart(2, '0');

function monthIndex(s: string): number | null {
  const m = MONTH.exec(s);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

function dayNumber(s: string): number | null {
  const m = DAY.exec(s);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

/** The step between equally spaced values, or null when they are not (a single value steps by `single`). */
function stepOf(values: readonly number[], single: number | null): number | null {
  if (values.length === 1) return single;
  const step = values[1]! - values[0]!;
  return values.every((v, i) => i === 0 || Math.abs(v - values[i - 1]! - step) < 1e-9) ? step : null;
}

/**
 * The next `count` values after `source`, as a fill handle drags them in WPS and Excel: two or
 * more equally spaced numbers go on (1, 2 → 3, 4); months and dates go on by their step or by one
 * (2022-01 → 2022-02; 2022-07-01 → 2022-07-02); a text with a number counts on (第1批 →
 * 第2批); anything else, a single number included, is repeated in turn.
 */
export function fillSeries(source: readonly string[], count: number): string[] {
  const repeat = () => Array.from({ length: count }, (_, i) => source[i % source.length] ?? '');
  if (source.length === 0 || count <= 0) return [];
  if (source.every((s) => NUMBER.test(s))) {
    const step = stepOf(source.map(Number), null);
    if (step === null) return repeat();
    const places = Math.max(...source.map(decimals));
    const last = Number(source[source.length - 1]);
    return Array.from({ length: count }, (_, i) => (last + step * (i + 1)).toFixed(places));
  }
  const months = source.map(monthIndex);
  if (months.every((m) => m !== null)) {
    const step = stepOf(months as number[], 1);
    if (step === null) return repeat();
    const last = months[months.length - 1]!;
    return Array.from({ length: count }, (_, i) => {
      const m = last + step * (i + 1);
      return `${Math.floor(m / 12)}-${pad2((m % 12) + 1)}`;
    });
  }
  const days = source.map(dayNumber);
  if (days.every((d) => d !== null)) {
    const step = stepOf(days as number[], 1);
    if (step === null) return repeat();
    const last = days[days.length - 1]!;
    return Array.from({ length: count }, (_, i) => new Date((last + step * (i + 1)) * 86_400_000).toISOString().slice(0, 10));
  }
  const parts = source.map((s) => LAST_NUMBER.exec(s));
  if (parts.every((p) => p !== null && p[1] === parts[0]![1] && p[3] === parts[0]![3])) {
    const step = stepOf(parts.map((p) => Number(p![2])), 1);
    if (step === null) return repeat();
    const [, prefix, digits, suffix] = parts[0]!;
    const last = Number(parts[parts.length - 1]![2]);
    return Array.from({ length: count }, (_, i) => `${prefix}${String(last + step * (i + 1)).padStart(digits!.length, '0')}${suffix}`);
  }
  return repeat();
}
