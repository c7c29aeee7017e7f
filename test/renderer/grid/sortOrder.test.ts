import fc from 'fast-check';
import type { Column, GridApi, IRowNode, PostSortRowsParams } from 'ag-grid-community';
import { describe, expect, it, vi } from 'vitest';
import { compareCells } from '../../../src/renderer/src/grid/setup';
import { keepOrder, numberRanks, orderByRanks, prepareSorts, sortRows, sortedBy, textRanks, type SortBy } from '../../../src/renderer/src/grid/sortOrder';

/** The comparator the number columns gave AG Grid before sorting moved out of it. */
const oldNumeric = (a: unknown, b: unknown) => {
  const x = typeof a === 'number' ? a : -Infinity;
  const y = typeof b === 'number' ? b : -Infinity;
  return x === y ? 0 : x < y ? -1 : 1;
};

/** What AG Grid's stable sort did with a comparator: indices of `values` in order. */
function stableOrder<V>(values: readonly V[], compare: (a: V, b: V) => number, descending = false): number[] {
  return values.map((_, i) => i).sort((i, j) => (descending ? -compare(values[i]!, values[j]!) : compare(values[i]!, values[j]!)));
}

const orderOf = (n: number, ...keys: Parameters<typeof orderByRanks>[1]) => [...orderByRanks(n, keys)];

describe('sort keys computed outside AG Grid', () => {
  it('orders numbers as the old comparator did: blanks and typed text first, ties in ledger order', () => {
    const values = [3, null, 1.5, '五十', -0, 0, 3, -2, undefined, 12.25, '', 3];
    const r = numberRanks(values);
    for (const descending of [false, true]) {
      expect(orderOf(values.length, { ...r, descending })).toEqual(stableOrder(values, oldNumeric, descending));
    }
    // Blanks, −0 and 0, and the three 3s share a rank each.
    expect(r.ranks[1]).toBe(r.ranks[3]);
    expect(r.ranks[4]).toBe(r.ranks[5]);
    expect(new Set([r.ranks[0], r.ranks[6], r.ranks[11]]).size).toBe(1);
  });

  it('agrees with the old comparator on any numbers, both directions', () => {
    const value = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -5, max: 5 }), fc.constant(null), fc.constant('abc'));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.boolean(), (values, descending) => {
        expect(orderOf(values.length, { ...numberRanks(values), descending })).toEqual(stableOrder(values, oldNumeric, descending));
      }),
    );
  });

  it('orders Chinese names by pinyin with compareCells, blanks first, and remembers what it compared', () => {
    const names = ['张家港钢铁有限公司', '安徽水泥厂', null, '北京印染有限公司', '', '中频炉', '阿城铸业', 'ABC玻璃', '10号炉', '9号炉', '安徽水泥厂'];
    const order = orderOf(names.length, { ...textRanks(names, compareCells), descending: false });
    expect(order.slice(0, 2)).toEqual([2, 4]); // null and '' first, as they came
    expect(order.slice(2).map((i) => names[i])).toEqual(stableOrder(names, compareCells).map((i) => names[i]).filter(Boolean));
    expect(order.slice(2).map((i) => names[i])).toEqual(['9号炉', '10号炉', '阿城铸业', '安徽水泥厂', '安徽水泥厂', '北京印染有限公司', '张家港钢铁有限公司', '中频炉', 'ABC玻璃']);
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(10)); // equal names keep ledger order

    // A name added later (an edit) takes its place among those already ranked.
    const more = [...names, '宝鸡钢丝绳厂', '安徽水泥厂'];
    const after = orderOf(more.length, { ...textRanks(more, compareCells), descending: true });
    expect(after.map((i) => more[i])).toEqual(stableOrder(more, compareCells, true).map((i) => more[i]));
  });

  it('gives values the comparison finds equal one rank, so they keep their order', () => {
    const same = ['é', 'e\u0301', 'é']; // precomposed and combined: the collator has them equal
    expect(compareCells(same[0], same[1])).toBe(0);
    const r = textRanks(['f', ...same, 'd'], compareCells);
    expect(new Set([r.ranks[1], r.ranks[2], r.ranks[3]]).size).toBe(1);
    expect(orderOf(5, { ...r, descending: false })).toEqual([4, 1, 2, 3, 0]);
  });

  it('sorts by several columns, the first deciding', () => {
    const rows = [
      { e: '北京', c: 2 },
      { e: '安徽', c: 1 },
      { e: '北京', c: 5 },
      { e: null, c: 3 },
      { e: '安徽', c: null },
      { e: '北京', c: 2 },
    ];
    const byEnterprise = { ...textRanks(rows.map((r) => r.e), compareCells), descending: false };
    const byCapacityDown = { ...numberRanks(rows.map((r) => r.c)), descending: true };
    const expected = stableOrder(rows, (a, b) => compareCells(a.e, b.e) || -oldNumeric(a.c, b.c));
    expect(orderOf(rows.length, byEnterprise, byCapacityDown)).toEqual(expected);
    expect(expected).toEqual([3, 1, 4, 2, 0, 5]);
  });
});

describe('sortRows, the grids’ postSortRows', () => {
  interface Row {
    id: number;
    name: string | null;
    capacity: number | null;
  }
  function column(colId: string, sortBy: SortBy, sort: 'asc' | 'desc' | null, sortIndex: number | null, valueGetter?: (r: Row) => unknown) {
    const def = { colId, field: colId, ...sortedBy(sortBy), ...(valueGetter ? { valueGetter } : {}) };
    return {
      def,
      valueGetter,
      col: { getColId: () => colId, getSort: () => sort ?? undefined, getSortIndex: () => sortIndex, getColDef: () => def } as unknown as Column,
    };
  }
  function run(rows: Row[], cols: ReturnType<typeof column>[]): number[] {
    const nodes = rows.map((data) => ({ data }) as IRowNode<Row>);
    const api = {
      getColumns: () => cols.map((c) => c.col),
      getCellValue: ({ rowNode, colKey }: { rowNode: IRowNode<Row>; colKey: Column }) => cols.find((c) => c.col === colKey)!.valueGetter!(rowNode.data!),
    } as unknown as GridApi<Row>;
    sortRows({ api, nodes } as PostSortRowsParams<Row>);
    return nodes.map((n) => n.data!.id);
  }
  const rows: Row[] = [
    { id: 1, name: '中频炉', capacity: 2 },
    { id: 2, name: '冲天炉', capacity: null },
    { id: 3, name: '定型机', capacity: 0.5 },
    { id: 4, name: '中频炉', capacity: 1 },
  ];

  it('gives AG Grid a comparator that keeps the order, and orders the rows itself', () => {
    expect(keepOrder()).toBe(0);
    expect(run(rows, [column('name', compareCells, null, null), column('capacity', 'number', 'asc', 0)])).toEqual([2, 3, 4, 1]);
    expect(run(rows, [column('name', compareCells, null, null), column('capacity', 'number', 'desc', 0)])).toEqual([1, 4, 3, 2]);
    // 冲天炉 chong, 定型机 ding, 中频炉 zhong; then capacity ascending (Shift+click on 产能).
    expect(run(rows, [column('name', compareCells, 'asc', 0), column('capacity', 'number', 'asc', 1)])).toEqual([2, 3, 4, 1]);
    expect(run(rows, [column('name', compareCells, 'desc', 0), column('capacity', 'number', 'asc', 1)])).toEqual([4, 1, 3, 2]);
  });

  it('a column sorted again over the same rows (its ranks kept) still sees a value edited in place and another set of rows', () => {
    const live = rows.map((r) => ({ ...r }));
    const nodes = live.map((data) => ({ data }) as IRowNode<Row>);
    // One Column object per column throughout, as in a grid: the ranks are kept per column.
    let sort: 'asc' | 'desc' = 'asc';
    const col = (colId: keyof Row, sortBy: SortBy) => {
      const def = { colId, field: colId, ...sortedBy(sortBy) };
      return { getColId: () => colId, getSort: () => sort, getSortIndex: () => 0, getColDef: () => def } as unknown as Column;
    };
    const capacity = col('capacity', 'number');
    const name = col('name', compareCells);
    const sorted = (column: Column, by: 'asc' | 'desc', list = nodes) => {
      sort = by;
      // AG Grid hands postSortRows the rows in their unsorted order each time.
      const given = list.slice();
      sortRows({ api: { getColumns: () => [column] } as unknown as GridApi<Row>, nodes: given } as PostSortRowsParams<Row>);
      return given.map((n) => n.data!.id);
    };
    expect(sorted(capacity, 'asc')).toEqual([2, 3, 4, 1]);
    expect(sorted(capacity, 'desc')).toEqual([1, 4, 3, 2]);
    live[0]!.capacity = 0.1; // a row holds what its cell shows: an edit changes it in place
    expect(sorted(capacity, 'asc')).toEqual([2, 1, 3, 4]);
    expect(sorted(capacity, 'asc', nodes.slice(2))).toEqual([3, 4]);
    expect(sorted(name, 'asc')).toEqual([2, 3, 1, 4]);
    live[3]!.name = '阿胶厂';
    expect(sorted(name, 'asc')).toEqual([4, 2, 3, 1]);
  });

  it('reads a column with a value getter through AG Grid, and leaves rows alone when nothing is sorted', () => {
    const days = (r: Row) => (r.capacity === null ? null : 10 - r.capacity * 4);
    expect(run(rows, [column('countdown', compareCells, 'asc', 0, days)])).toEqual([2, 1, 4, 3]);
    expect(run(rows, [column('capacity', 'number', null, null)])).toEqual([1, 2, 3, 4]);
  });
});

describe('prepareSorts, the first sort made ready while the browser is idle', () => {
  interface Row {
    id: number;
    name: string;
    capacity: number | null;
  }
  const names = ['中频炉', '冲天炉', '定型机', '阿胶厂', '中频炉', '电弧炉'];

  function grid(rows: Row[]) {
    let sort: { colId: string; dir: 'asc' | 'desc' } | null = null;
    const calls = { compare: 0 };
    // A pinyin comparison that counts its calls; its own function, so its collation is fresh.
    const pinyin = (a: unknown, b: unknown) => (calls.compare++, compareCells(a, b));
    const col = (colId: keyof Row, sortBy: SortBy) => {
      const def = { colId, field: colId, ...sortedBy(sortBy) };
      return {
        getColId: () => colId,
        getSort: () => (sort?.colId === colId ? sort.dir : undefined),
        getSortIndex: () => 0,
        getColDef: () => def,
      } as unknown as Column;
    };
    const columns = [col('name', pinyin), col('capacity', 'number')];
    const nodes = rows.map((data) => ({ data }) as IRowNode<Row>);
    const api = {
      getColumns: () => columns,
      forEachNodeAfterFilter: (cb: (n: IRowNode<Row>) => void) => nodes.forEach(cb),
      isDestroyed: () => false,
    } as unknown as GridApi<Row>;
    const sortBy = (colId: string, dir: 'asc' | 'desc') => {
      sort = { colId, dir };
      const given = nodes.slice();
      sortRows({ api, nodes: given } as PostSortRowsParams<Row>);
      return given.map((n) => n.data!.id);
    };
    return { api, calls, sortBy };
  }
  const rows = (): Row[] => names.map((name, i) => ({ id: i + 1, name, capacity: i % 3 === 0 ? null : 10 - i }));

  it('puts every distinct name in pinyin order beforehand: the click compares none, and orders as an unprepared grid does', async () => {
    const prepared = grid(rows());
    let idles = 0;
    await prepareSorts(prepared.api, async () => void idles++);
    expect(idles).toBeGreaterThanOrEqual(2); // one idle moment a column at least
    const compared = prepared.calls.compare;
    expect(compared).toBeGreaterThan(0);
    const unprepared = grid(rows());
    expect(prepared.sortBy('name', 'asc')).toEqual(unprepared.sortBy('name', 'asc'));
    expect(prepared.calls.compare).toBe(compared);
    expect(prepared.sortBy('name', 'asc')).toEqual([4, 2, 6, 3, 1, 5]); // 阿 chong dian ding zhong zhong
  });

  it('a number column prepared and then edited in place still sorts by what the rows hold', async () => {
    const data = rows();
    const g = grid(data);
    await prepareSorts(g.api, async () => {});
    expect(g.sortBy('capacity', 'desc')).toEqual([2, 3, 5, 6, 1, 4]);
    data[0]!.capacity = 100;
    expect(g.sortBy('capacity', 'desc')).toEqual([1, 2, 3, 5, 6, 4]);
    expect(g.sortBy('capacity', 'asc')).toEqual([4, 6, 5, 3, 2, 1]);
  });
});

// The column modules reach the app's API client, which needs a page; no call is made here.
vi.mock('../../../src/renderer/src/api', () => ({ api: {}, errorMessage: String, ApiError: Error }));

describe('the three ledger grids', () => {
  it('sort every sortable column here: AG Grid’s comparator keeps the order, the column says what it sorts by', async () => {
    const { lineColumns } = await import('../../../src/renderer/src/lines/columns');
    const { caseColumns } = await import('../../../src/renderer/src/cases/columns');
    const { enterpriseColumns } = await import('../../../src/renderer/src/enterprises/columns');
    const columns = [...lineColumns(true), ...caseColumns(true), ...enterpriseColumns];
    const sortable = columns.filter((c) => c.sortable !== false);
    expect(sortable.length).toBeGreaterThan(40);
    for (const c of sortable) {
      expect({ colId: c.colId, keeps: c.comparator === keepOrder }).toEqual({ colId: c.colId, keeps: true });
      expect((c.context as { sortBy?: unknown }).sortBy, c.colId).toBeDefined();
    }
    expect(lineColumns(false).find((c) => c.colId === 'capacity')!.context).toEqual({ sortBy: 'number' });
    expect(lineColumns(false).find((c) => c.colId === 'name')!.context).toEqual({ sortBy: compareCells });
  });
});
