import type { Column, GridApi, IRowNode, PostSortRowsParams } from 'ag-grid-community';

/**
 * The ledger grids sort outside AG Grid. AG Grid keeps the sort model (header arrows, aria-sort,
 * Shift+click for a second column) but its comparator for our columns is `keepOrder`: every row
 * compares equal, so its sort is one pass that leaves the rows as they are. `postSortRows` then
 * puts them in order here: each sorted column's values become ranks (small integers that order
 * as the column's comparison does), and a stable counting sort per column, the last sorted
 * column first, orders the rows. 100,000 rows by a number take a few milliseconds instead of
 * AG Grid's 1.7 million comparisons, each reading two cell values.
 *
 * The result is what AG Grid's own stable sort with the old comparators gave: rows that compare
 * equal keep the order they came in (the ledger's order, after filters); blanks come first when
 * ascending, last when descending.
 */

/** What a column sorts by: `'number'` (non-numbers, blanks included, as −∞) or a comparison of texts. */
export type SortBy = 'number' | ((a: unknown, b: unknown) => number);

export interface SortContext {
  sortBy: SortBy;
}

/** The comparator AG Grid is given for a column sorted here: all rows equal, order kept. */
export const keepOrder = (): number => 0;

/** Column definition properties for a column this module sorts. */
export function sortedBy(sortBy: SortBy): { comparator: typeof keepOrder; context: SortContext } {
  return { comparator: keepOrder, context: { sortBy } };
}

export interface Ranks {
  /** Per value, its rank: equal values and values the comparison finds equal share one. */
  ranks: Uint32Array;
  /** One more than the highest rank. */
  count: number;
}

/**
 * Ranks of numbers; anything else (null, a typed text not yet saved) ranks with −∞, first.
 * The numbers are put in order by a radix sort of their bits (eight passes of a byte, a few
 * milliseconds for 100,000), not by comparisons.
 */
export function numberRanks(values: ArrayLike<unknown>): Ranks {
  const keys = new Float64Array(values.length);
  for (let i = 0; i < keys.length; i++) keys[i] = numberKey(values[i]);
  return keyRanks(keys);
}

const numberKey = (v: unknown): number => (typeof v === 'number' && v === v ? v : -Infinity);

/** Ranks of numbers already read as keys (see numberRanks). */
function keyRanks(keys: Float64Array): Ranks {
  const n = keys.length;
  // The bits of a double, made to order as unsigned integers: negatives flipped entirely,
  // positives with the sign bit set. Words are little-endian (every browser and Electron).
  const bits = new Uint32Array(keys.buffer.slice(0));
  for (let i = 0; i < n; i++) {
    const hi = bits[2 * i + 1]!;
    if (hi & 0x80000000) {
      bits[2 * i] = ~bits[2 * i]!;
      bits[2 * i + 1] = ~hi;
    } else bits[2 * i + 1] = hi | 0x80000000;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(0x100);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass >> 2;
    const shift = (pass & 3) * 8;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(bits[2 * i + word]! >>> shift) & 0xff]!++;
    // A pass where every row has the same digit changes nothing.
    if (counts[(bits[word]! >>> shift) & 0xff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 0x100; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const row = order[i]!;
      next[counts[(bits[2 * row + word]! >>> shift) & 0xff]!++] = row;
    }
    [order, next] = [next, order];
  }
  const ranks = new Uint32Array(n);
  let rank = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i]!;
    // −0 and 0 are one value, as the comparison had them.
    if (i > 0 && keys[row] !== keys[order[i - 1]!]) rank++;
    ranks[row] = rank;
  }
  return { ranks, count: rank + 1 };
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The order of every distinct value a comparison has been asked about, kept between sorts: a
 * column sorted ascending, then descending, or again after an edit, compares only the values it
 * has not seen (pinyin collation is slow; a ledger has few distinct names).
 */
class Collation {
  /** Distinct non-blank values in order. */
  private sorted: unknown[] = [];
  /** Per entry of `sorted`: whether the comparison finds it equal to the one before. */
  private tied: boolean[] = [];
  /** Value → rank (1 and up; 0 is blank). */
  private rank = new Map<unknown, number>();
  private count = 1;

  constructor(private readonly compare: (a: unknown, b: unknown) => number) {}

  ranks(values: ArrayLike<unknown>): Ranks {
    const n = values.length;
    let fresh: Set<unknown> | null = null;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (!isBlank(v) && !this.rank.has(v)) (fresh ??= new Set()).add(v);
    }
    if (fresh) this.add([...fresh]);
    const ranks = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      ranks[i] = isBlank(v) ? 0 : this.rank.get(v)!;
    }
    return { ranks, count: this.count };
  }

  /** Inserts new values where they belong: a binary search each, then one pass renumbering. */
  private add(values: unknown[]): void {
    const { compare, sorted, tied } = this;
    values.sort(compare);
    const at = values.map((v) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(sorted[mid], v) <= 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    });
    const nextSorted: unknown[] = [];
    const nextTied: boolean[] = [];
    let j = 0;
    for (let i = 0; i <= sorted.length; i++) {
      // New values go after the old ones they tie with, in the order they were sorted.
      for (; j < values.length && at[j] === i; j++) {
        const prev = nextSorted.length ? nextSorted[nextSorted.length - 1] : undefined;
        nextTied.push(nextSorted.length > 0 && compare(prev, values[j]) === 0);
        nextSorted.push(values[j]);
      }
      if (i === sorted.length) break;
      // The old value after an insertion may tie with the value inserted before it.
      const inserted = j > 0 && at[j - 1] === i;
      nextTied.push(inserted ? compare(nextSorted[nextSorted.length - 1], sorted[i]) === 0 : tied[i]!);
      nextSorted.push(sorted[i]);
    }
    this.sorted = nextSorted;
    this.tied = nextTied;
    let r = 0;
    for (let i = 0; i < nextSorted.length; i++) {
      if (!nextTied[i]) r++;
      this.rank.set(nextSorted[i], r);
    }
    this.count = r + 1;
  }
}

const collations = new WeakMap<(a: unknown, b: unknown) => number, Collation>();

/** Ranks of values under a comparison of texts; blanks (null, '') rank first, as compareCells puts them. */
export function textRanks(values: ArrayLike<unknown>, compare: (a: unknown, b: unknown) => number): Ranks {
  let c = collations.get(compare);
  if (!c) collations.set(compare, (c = new Collation(compare)));
  return c.ranks(values);
}

export interface SortKey extends Ranks {
  descending: boolean;
}

/**
 * The order of rows 0…n−1 by several keys, the first deciding: a stable counting sort per key,
 * the last key first. Rows equal on all keys keep their order.
 */
export function orderByRanks(n: number, keys: readonly SortKey[]): Uint32Array {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  for (let k = keys.length - 1; k >= 0; k--) {
    const { ranks, count, descending } = keys[k]!;
    const starts = new Uint32Array(count + 1);
    for (let i = 0; i < n; i++) starts[(descending ? count - 1 - ranks[i]! : ranks[i]!) + 1]!++;
    for (let r = 1; r <= count; r++) starts[r]! += starts[r - 1]!;
    for (let i = 0; i < n; i++) {
      const row = order[i]!;
      const r = descending ? count - 1 - ranks[row]! : ranks[row]!;
      next[starts[r]!++] = row;
    }
    [order, next] = [next, order];
  }
  return order;
}

function sortByOf(column: Column): SortBy | undefined {
  return (column.getColDef().context as Partial<SortContext> | undefined)?.sortBy;
}

interface Ranked {
  nodes: readonly unknown[];
  /** The values ranked: number keys (numberKey) for a number column, else the values read. */
  values: ArrayLike<unknown>;
  ranks: Ranks;
}

/**
 * Each column's last ranks, with the rows and values they were made from. A column sorted again
 * over the same rows and values (ascending, then descending; back to it after another column)
 * reuses them instead of ranking 100,000 values again. The check is row by row, so an edit, a
 * paste, a filter or a reload simply ranks anew.
 */
const lastRanks = new WeakMap<Column, Ranked>();

/**
 * How a column's value is read from a row: its field (a row holds what its cells show, rowState,
 * so that is the value AG Grid would read), or through AG Grid for a column with a value getter.
 */
function valueReader<T>(api: GridApi<T>, column: Column): (node: IRowNode<T>) => unknown {
  const def = column.getColDef();
  const field = def.valueGetter ? undefined : def.field;
  if (field === undefined) return (node) => api.getCellValue({ rowNode: node, colKey: column, from: 'data' });
  return (node) => (node.data as Record<string, unknown> | undefined)?.[field];
}

/**
 * Whether `last` was ranked over these rows with the values they hold now. Reads every value, but
 * keeps none: a sort over unchanged rows, the usual case, allocates nothing here.
 */
function stillHolds<T>(last: Ranked, nodes: readonly IRowNode<T>[], read: (node: IRowNode<T>) => unknown, sortBy: SortBy): boolean {
  const n = nodes.length;
  if (last.nodes.length !== n) return false;
  const { nodes: was, values } = last;
  if (sortBy === 'number') {
    for (let i = 0; i < n; i++) if (was[i] !== nodes[i] || values[i] !== numberKey(read(nodes[i]!))) return false;
  } else {
    for (let i = 0; i < n; i++) if (was[i] !== nodes[i] || values[i] !== read(nodes[i]!)) return false;
  }
  return true;
}

/** A column's ranks over the rows: the last ones while they still hold, else ranked anew. */
function ranksOf<T>(api: GridApi<T>, column: Column, sortBy: SortBy, nodes: readonly IRowNode<T>[]): Ranks {
  const read = valueReader(api, column);
  const last = lastRanks.get(column);
  if (last && stillHolds(last, nodes, read, sortBy)) return last.ranks;
  const n = nodes.length;
  let ranks: Ranks;
  let values: Float64Array | unknown[];
  if (sortBy === 'number') {
    const keys = (values = new Float64Array(n));
    for (let i = 0; i < n; i++) keys[i] = numberKey(read(nodes[i]!));
    ranks = keyRanks(keys);
  } else {
    values = new Array<unknown>(n);
    for (let i = 0; i < n; i++) values[i] = read(nodes[i]!);
    ranks = textRanks(values, sortBy);
  }
  lastRanks.set(column, { nodes: snapshotOf(nodes), values, ranks });
  return ranks;
}

/**
 * The rows last ranked, one copy shared by every column ranked over them (100,000 rows are
 * 800 KB of references: once, not once a column).
 */
let lastNodes: readonly unknown[] = [];

function snapshotOf(nodes: readonly unknown[]): readonly unknown[] {
  if (lastNodes.length !== nodes.length || lastNodes.some((n, i) => n !== nodes[i])) lastNodes = nodes.slice();
  return lastNodes;
}

/** Distinct values put in order per idle moment while preparing (a few milliseconds of pinyin). */
const PREPARE_CHUNK = 500;

/**
 * Prepares the first sort while the browser is idle after loading, a column at a time: a number
 * column's ranks are made and kept (as a sort would keep them); a text column's distinct values
 * are put in order (the slow part, pinyin), in chunks, and its per-row ranks left to the click.
 * A click on a header then finds the work done, unless the rows changed meanwhile — the ranks
 * are checked row by row as always. The rows are taken as AG Grid hands them to postSortRows:
 * after the filter, in their unsorted order.
 */
export async function prepareSorts<T>(api: GridApi<T>, idle: () => Promise<unknown>): Promise<void> {
  const nodes: IRowNode<T>[] = [];
  api.forEachNodeAfterFilter((n) => n.data && nodes.push(n));
  for (const column of api.getColumns() ?? []) {
    const sortBy = sortByOf(column);
    if (!sortBy || column.getColDef().sortable === false) continue;
    await idle();
    if (api.isDestroyed()) return;
    if (sortBy === 'number') {
      ranksOf(api, column, sortBy, nodes);
      continue;
    }
    const read = valueReader(api, column);
    const values = [...new Set(nodes.map(read))];
    for (let i = 0; i < values.length; i += PREPARE_CHUNK) {
      if (i > 0) await idle();
      textRanks(values.slice(i, i + PREPARE_CHUNK), sortBy);
    }
  }
}

/** The grid's postSortRows: orders `nodes` in place by the columns sorted with `sortedBy`. */
export function sortRows<T>({ api, nodes }: PostSortRowsParams<T>): void {
  if (nodes.length < 2) return;
  const sorted = (api.getColumns() ?? []).filter((c) => c.getSort() && sortByOf(c));
  if (sorted.length === 0) return;
  sorted.sort((a, b) => (a.getSortIndex() ?? 0) - (b.getSortIndex() ?? 0));
  const keys = sorted.map((column): SortKey => ({
    ...ranksOf(api, column, sortByOf(column)!, nodes),
    descending: column.getSort() === 'desc',
  }));
  const order = orderByRanks(nodes.length, keys);
  const before = nodes.slice();
  for (let i = 0; i < order.length; i++) nodes[i] = before[order[i]!]!;
}
