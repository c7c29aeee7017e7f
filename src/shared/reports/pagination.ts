/**
 * Page breaks for a table whose rows have known heights, planned before the spreadsheet or word
 * processor lays it out. Left to themselves they break pages anywhere, show a merged cell's text
 * on one page only, and — told to keep blocks together — leave pages half empty. Here:
 *   1. a merged block (a category over its tasks) stays on one page where that costs little room;
 *   2. where it does not, it is cut between its rows and each page's part repeats the merged
 *      text, so that part's rows grow until the text fits them;
 *   3. among all ways to break the table, the one with the fewest pages wins, then the one whose
 *      pages (all but the last) are fullest with the fewest cut blocks. No page but the last is
 *      left under half full where any other break avoids it.
 */

/** A merged range over rows `top`…`bottom` (inclusive) and columns `left`…`right`, 0-based. */
export type MergeRange = [top: number, left: number, bottom: number, right: number];

/** A cell merged down over rows `top`…`bottom` whose text needs `needed` points of height. */
export interface TallMerge {
  top: number;
  bottom: number;
  needed: number;
}

export interface PageSpace {
  /** Height available to table rows on the first page (below title and header), in points. */
  first: number;
  /** Height available on every later page (below the repeated header), in points. */
  later: number;
  /** Rows that must not end a page (a section heading stays with the row under it). */
  glued?: ReadonlySet<number>;
}

export interface PagePlan {
  /** Indexes of the rows that begin a new page. */
  breaks: number[];
  /** Every row's height once the merged cells on its page fit. */
  heights: number[];
}

/** Rows that should stay on one page: each row with every row its vertical merges reach. */
export function keepTogetherBlocks(rowCount: number, merges: readonly MergeRange[], glueToNext: ReadonlySet<number> = new Set()): [number, number][] {
  const reach = Array.from({ length: rowCount }, (_, i) => i);
  for (const [top, , bottom] of merges) reach[top] = Math.max(reach[top]!, bottom);
  const blocks: [number, number][] = [];
  let start = 0;
  while (start < rowCount) {
    let end = reach[start]!;
    for (let i = start; i <= end && i < rowCount; i++) {
      end = Math.max(end, reach[i]!);
      // A section heading is glued to the block that follows it.
      if (i === end && glueToNext.has(i) && i + 1 < rowCount) end = Math.max(end, reach[i + 1]!, i + 1);
    }
    blocks.push([start, Math.min(end, rowCount - 1)]);
    start = end + 1;
  }
  return blocks;
}

// Costs, in the same unit: a page is worth ten cuts; a page's empty share costs 4 × that share
// (a block therefore moves whole when that leaves under a quarter of the page empty, and is cut
// otherwise); a page under half full costs more than any other layout could.
const PAGE_COST = 10;
const CUT_COST = 1;
const EMPTY_COST = 4;
const UNDER_HALF_COST = 1000;

/**
 * Plans the page breaks of rows with the heights their own cells need (`rows`) and the merged
 * cells over them (`merges`). A row is never taller than a page: one that would be is cut
 * down to the page (its text cannot be printed whole in a spreadsheet row).
 */
export function planPages(rows: readonly number[], merges: readonly TallMerge[], space: PageSpace): PagePlan {
  const n = rows.length;
  const base = rows.map((h) => Math.min(h, space.later));
  if (n === 0) return { breaks: [], heights: [] };
  const glued = space.glued ?? new Set<number>();
  const blocks = keepTogetherBlocks(n, merges.map((m) => [m.top, 0, m.bottom, 0] as MergeRange), glued);
  const cutsBlock = new Array<boolean>(n + 1).fill(false);
  for (const [start, end] of blocks) for (let r = start + 1; r <= end; r++) cutsBlock[r] = true;
  // Narrow merges first, so a wide one over them sees the rows they have already grown.
  const ordered = [...merges].sort((a, b) => a.bottom - a.top - (b.bottom - b.top));

  // best[i]: the cheapest layout of rows 0…i-1 with a page ending after row i-1.
  const best: { cost: number; from: number }[] = [{ cost: 0, from: -1 }];
  for (let i = 1; i <= n; i++) best.push({ cost: Number.POSITIVE_INFINITY, from: -1 });
  for (let start = 0; start < n; start++) {
    if (!Number.isFinite(best[start]!.cost)) continue;
    const room = start === 0 ? space.first : space.later;
    for (let end = start + 1; end <= n; end++) {
      const height = sum(pageHeights(base, ordered, start, end - 1, space.later));
      // A page always takes at least one row, however tall.
      if (height > room + 1e-9 && end > start + 1) break;
      if (end < n && glued.has(end - 1)) continue;
      const last = end === n;
      const fill = Math.min(1, height / room);
      const cost =
        best[start]!.cost +
        PAGE_COST +
        (last ? 0 : EMPTY_COST * (1 - fill) + (fill < 0.5 ? UNDER_HALF_COST : 0) + (cutsBlock[end] ? CUT_COST : 0));
      if (cost < best[end]!.cost - 1e-9) best[end] = { cost, from: start };
    }
  }

  const starts: number[] = [];
  for (let at = n; at > 0; at = best[at]!.from) starts.unshift(best[at]!.from);
  const heights: number[] = [];
  starts.forEach((start, p) => heights.push(...pageHeights(base, ordered, start, (starts[p + 1] ?? n) - 1, space.later)));
  return { breaks: starts.slice(1), heights };
}

/** Heights of rows first…last printed on one page: each merge's part there grows its last row to fit the text. */
function pageHeights(base: readonly number[], merges: readonly TallMerge[], first: number, last: number, max: number): number[] {
  const heights = base.slice(first, last + 1);
  for (const m of merges) {
    const top = Math.max(m.top, first);
    const bottom = Math.min(m.bottom, last);
    if (top > bottom) continue;
    let have = 0;
    for (let r = top; r <= bottom; r++) have += heights[r - first]!;
    const i = bottom - first;
    if (m.needed > have) heights[i] = Math.min(max, heights[i]! + m.needed - have);
  }
  return heights;
}

/** Cuts every merge that a page break crosses into one merge per page. */
export function splitMergesAtBreaks(merges: readonly MergeRange[], breaks: readonly number[]): MergeRange[] {
  const out: MergeRange[] = [];
  for (const [top, left, bottom, right] of merges) {
    let segmentTop = top;
    for (const b of breaks) {
      if (b > segmentTop && b <= bottom) {
        out.push([segmentTop, left, b - 1, right]);
        segmentTop = b;
      }
    }
    out.push([segmentTop, left, bottom, right]);
  }
  return out;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
