import type { GridApi, IRowNode } from 'ag-grid-community';
import { isDraft } from './rowState';
import { loadPinyin, matches, pinyinReady, queryWords } from './search';
import type { GridRow, LedgerGridSpec, LedgerRow } from './types';

/**
 * The search box of one grid, as AG Grid's external filter: every word of the query must be in
 * the row's key (names, their pinyin initials, codes). Keys are built once per row object and
 * kept; drafts always show, so a new row never vanishes while it is being typed.
 */
export class GridSearch<T extends LedgerRow> {
  private words: string[] = [];
  private readonly keys = new WeakMap<object, string>();
  /** True once every row's key is built (the first search is then as quick as the rest). */
  ready = false;

  constructor(
    private readonly spec: LedgerGridSpec<T>,
    private readonly gridApi: () => GridApi<GridRow<T>> | null,
    private readonly onReady: () => void,
  ) {}

  /** Filters by the query; the first search waits for pinyin-pro to load. */
  async setQuery(query: string): Promise<void> {
    const words = queryWords(query);
    if (words.length && !pinyinReady()) await loadPinyin();
    this.words = words;
    this.gridApi()?.onFilterChanged();
  }

  readonly isSearching = (): boolean => this.words.length > 0;

  readonly passes = (node: IRowNode<GridRow<T>>): boolean => {
    const d = node.data;
    if (!d || isDraft(d)) return true;
    let key = this.keys.get(d);
    if (key === undefined) this.keys.set(d, (key = this.spec.searchKey(d)));
    return matches(key, this.words);
  };

  /**
   * Builds the keys of all rows while the browser is idle after loading, a few milliseconds at
   * a time, so the first search of a 100,000-row ledger does not have to and nothing the user
   * does waits for it.
   */
  async warm(): Promise<void> {
    this.ready = false;
    await loadPinyin();
    const g = this.gridApi();
    if (!g || g.isDestroyed()) return;
    const rows: GridRow<T>[] = [];
    g.forEachLeafNode((n) => n.data && !isDraft(n.data) && rows.push(n.data));
    let i = 0;
    while (i < rows.length) {
      const deadline = await new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      do {
        const end = Math.min(rows.length, i + 200);
        for (; i < end; i++) if (!this.keys.has(rows[i]!)) this.keys.set(rows[i]!, this.spec.searchKey(rows[i]!));
      } while (i < rows.length && (deadline.timeRemaining() > 2 || (deadline.didTimeout && i % 2000 !== 0)));
    }
    this.ready = true;
    this.onReady();
  }
}
