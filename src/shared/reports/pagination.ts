/**
 * Page breaks for a spreadsheet table whose rows have known heights, so that a merged block
 * (a category over its tasks) is not cut by a page edge where it can be kept whole, and is cut
 * cleanly where it cannot. Spreadsheet programs break pages anywhere and then show a merged
 * cell's text on one page only, leaving its continuation blank; planning the breaks ourselves
 * and repeating the merged text on the next page is what a careful clerk does by hand.
 */

/** A merged range over rows `top`…`bottom` (inclusive) and columns `left`…`right`, 0-based. */
export type MergeRange = [top: number, left: number, bottom: number, right: number];

export interface PageSpace {
  /** Height available to table rows on the first page (below title and header), in points. */
  first: number;
  /** Height available on every later page (below the repeated header), in points. */
  later: number;
  /**
   * A block that does not fit in what is left of a page moves whole to the next page when that
   * leaves at most this share of the page empty; otherwise it fills the page and is cut between
   * its rows. Rows of 4号 text run to 150 pt of a landscape page's 390 (GB/T 9704 margins), so
   * moving every short block whole left pages a third empty. Default 0.25.
   */
  maxGapShare?: number;
  /** Rows that must not end a page (a section heading stays with the row under it). */
  glued?: ReadonlySet<number>;
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

/**
 * Indexes of the rows that begin a new page. A short block that does not fit in what is left
 * of the page moves to the next one; a tall one is cut between its rows.
 */
export function planPageBreaks(heights: readonly number[], blocks: readonly [number, number][], space: PageSpace): number[] {
  const breaks: number[] = [];
  const maxGap = space.later * (space.maxGapShare ?? 0.25);
  let avail = space.first;
  let used = 0;
  let pageStart = 0;
  const newPage = (row: number) => {
    // A heading left last on the page goes over with the row it introduces.
    const at = row - 1 > pageStart && space.glued?.has(row - 1) ? row - 1 : row;
    breaks.push(at);
    avail = space.later;
    used = sum(heights, at, row - 1);
    pageStart = at;
  };
  for (const [start, end] of blocks) {
    const blockHeight = sum(heights, start, end);
    if (used + blockHeight <= avail) {
      used += blockHeight;
      continue;
    }
    if (used > 0 && blockHeight <= space.later && avail - used <= maxGap) {
      newPage(start);
      used += blockHeight;
      continue;
    }
    for (let r = start; r <= end; r++) {
      if (used > 0 && used + heights[r]! > avail) newPage(r);
      used += heights[r]!;
    }
  }
  return breaks;
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

function sum(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i <= to; i++) s += values[i]!;
  return s;
}
