import type { GridApi, IRowNode } from 'ag-grid-community';
import type { TouchedRows } from '../../../shared/contract/history';
import type { Enterprise } from '../../../shared/entities/enterprise';
import { errorMessage } from '../api';
import { updateEnterpriseChoices } from './enterpriseDirectory';
import { publish, type BusMessage } from './rowBus';
import { hasUnsaved, isDraft, mergeSaved, rowKey, setCellError, setPending, snapshotUnsaved, unsavedValues } from './rowState';
import { GridSearch } from './gridSearch';
import { redoLast, undoLast } from './gridUndo';
import {
  TOUCHED_KEY,
  type Action,
  type ControllerHooks,
  type EditOutcomeOf,
  type GridRow,
  type LedgerGridSpec,
  type LedgerRow,
  type UndoTarget,
  type Unsaved,
  type UnsavedChange,
} from './types';
import { UndoHistory } from './undoHistory';
import { prepareSorts } from './sortOrder';

export type { Action, ControllerHooks, UnsavedChange };

let nextControllerId = 1;

/**
 * The grid's side of editing, kept out of React: one queue of writes (so a quick typist's edits
 * reach the service in order), the unsaved cells and drafts, and the undo history. The rows in
 * AG Grid are the truth on screen; every change to them goes through a transaction here.
 */
/** Resolves at the browser's next idle moment (or after 2 s, whatever happens). */
const idleMoment = () => new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));

export class GridController<T extends LedgerRow> implements UndoTarget<T> {
  readonly id = `grid-${nextControllerId++}`;
  gridApi: GridApi<GridRow<T>> | null = null;
  readonly history = new UndoHistory<Action<T>>();
  readonly search: GridSearch<T>;
  /** True once the rows loaded last are ready to sort (grid/sortOrder.ts prepareSorts). */
  sortReady = false;
  private queue: Promise<void> = Promise.resolve();
  private draftSeq = 0;
  /** Saved id → grid row id, for drafts that were saved and kept their row. */
  private readonly aliases = new Map<number, string>();
  private firstLoad: Promise<T[]> | null;

  constructor(
    readonly spec: LedgerGridSpec<T>,
    readonly hooks: ControllerHooks,
  ) {
    // Start reading rows at once, before AG Grid is ready: the first rows show sooner.
    this.firstLoad = spec.store.list();
    this.search = new GridSearch(spec, () => this.gridApi, () => hooks.changed());
  }

  async attach(gridApi: GridApi<GridRow<T>>): Promise<void> {
    this.gridApi = gridApi;
    await this.reload();
  }

  /** Reads the rows again, keeping drafts and unsaved cells. */
  async reload(): Promise<void> {
    const g = this.gridApi;
    try {
      const rows: GridRow<T>[] = await (this.firstLoad ?? this.spec.store.list());
      this.firstLoad = null;
      if (!g || g.isDestroyed()) return;
      const kept = new Map<number, GridRow<T>>();
      const drafts: GridRow<T>[] = [];
      g.forEachNode((n) => {
        if (!n.data || !hasUnsaved(n.data)) return;
        if (isDraft(n.data)) drafts.push(n.data);
        else kept.set(n.data.id, n.data);
      });
      this.aliases.clear();
      const merged = kept.size ? rows.map((r) => (kept.has(r.id) ? mergeSaved(kept.get(r.id), r, []) : r)) : rows;
      g.setGridOption('rowData', drafts.length ? [...merged, ...drafts] : merged);
      void this.warm();
    } catch (err) {
      this.hooks.status({ kind: 'error', text: `读取${this.spec.noun}失败：${errorMessage(err)}` });
    }
  }

  /** While the browser is idle after a load: the search keys, then what the first sort needs. */
  private async warm(): Promise<void> {
    this.sortReady = false;
    await this.search.warm();
    const g = this.gridApi;
    if (!g || g.isDestroyed()) return;
    await prepareSorts(g, idleMoment);
    this.sortReady = true;
    this.hooks.changed();
  }

  /** Runs writes one after another; a failure is reported and does not stop the queue. */
  enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue
      .then(task)
      .catch((err: unknown) => this.hooks.status({ kind: 'error', text: `操作未完成：${errorMessage(err)}` }))
      .finally(() => this.hooks.changed());
    return this.queue;
  }

  /** Redraws rows whose unsaved cells were changed in place (not through a transaction). */
  refresh(nodes: IRowNode<GridRow<T>>[]): void {
    if (!this.gridApi || nodes.length === 0) return;
    this.gridApi.expireValueCache();
    this.gridApi.refreshCells({ rowNodes: nodes, force: true });
  }

  node(key: string): IRowNode<GridRow<T>> | undefined {
    return this.gridApi?.getRowNode(key);
  }

  keyOfId(id: number): string {
    return this.aliases.get(id) ?? String(id);
  }

  nextDraft(): GridRow<T> {
    const seq = ++this.draftSeq;
    return { ...this.spec.blank(-seq), __key: `d${seq}`, __unsaved: { saved: {}, errors: {}, draft: true } };
  }

  /** One typed cell as the fields it means (50万吨 → capacity and unit). */
  expand(field: string, value: unknown, row?: T): Record<string, unknown> {
    return this.spec.toPatch?.[field]?.(value, row as Readonly<Record<string, unknown>> | undefined) ?? { [field]: value };
  }

  /** `row`, the row as shown, lets a cell be read against its neighbours (a unit against 产能单位). */
  expandAll(values: Record<string, unknown>, row?: T): Record<string, unknown> {
    return Object.assign({}, ...Object.entries(values).map(([f, v]) => this.expand(f, v, row))) as Record<string, unknown>;
  }

  label(field: string): string {
    return this.spec.labels[field] ?? field;
  }

  /** 第 3 行 — where the user sees the row now. */
  where(key: string): string {
    const i = this.node(key)?.rowIndex;
    return i === null || i === undefined ? '' : `第 ${i + 1} 行`;
  }

  inScope(row: T): boolean {
    const owner = this.spec.defaults?.enterpriseId;
    return owner === undefined || (row as unknown as { enterpriseId?: number }).enterpriseId === owner;
  }

  /** Puts rows as stored now into the grid: updated, added, or removed when in the 回收站. */
  applyRows(rows: readonly T[], savedFields: Map<string, string[]> = new Map()): void {
    const g = this.gridApi;
    if (!g || rows.length === 0) return;
    const add: GridRow<T>[] = [];
    const update: GridRow<T>[] = [];
    const remove: GridRow<T>[] = [];
    for (const row of rows) {
      const key = this.keyOfId(row.id);
      const node = this.node(key);
      if (row.deletedAt || !this.inScope(row)) {
        if (node?.data) remove.push(node.data);
        this.aliases.delete(row.id);
      } else if (node?.data) update.push(mergeSaved(node.data, row, savedFields.get(key) ?? []));
      else add.push(row);
    }
    if (add.length || update.length || remove.length) g.applyTransaction({ add, update, remove });
  }

  /** The service's answer to an edit or a paste, applied to the rows it concerns. */
  applyOutcome(r: EditOutcomeOf<T>, sent: Map<string, Record<string, unknown>>): void {
    const g = this.gridApi;
    if (!g) return;
    const refused = new Map<string, Set<string | null>>();
    for (const e of r.errors) (refused.get(e.key) ?? refused.set(e.key, new Set()).get(e.key)!).add(e.field);
    const savedFields = new Map<string, string[]>();
    for (const row of r.rows) {
      const key = this.keyOfId(row.id);
      const data = this.node(key)?.data;
      const values = data ? unsavedValues(data) : {};
      const bad = refused.get(key) ?? new Set();
      // A cell typed again while this edit was on its way keeps its newer text.
      savedFields.set(key, Object.entries(sent.get(key) ?? {}).filter(([f, v]) => !bad.has(f) && values[f] === v).map(([f]) => f));
    }
    this.applyRows(r.rows, savedFields);
    for (const { key, row } of r.created) this.promote(key, row, sent.get(key) ?? {}, refused.get(key));
    const touched: IRowNode<GridRow<T>>[] = [];
    for (const [key, cells] of sent) {
      const node = this.node(key);
      if (!node?.data?.__unsaved) continue;
      for (const f of Object.keys(cells)) delete node.data.__unsaved.errors[f];
      touched.push(node);
    }
    for (const e of r.errors) {
      const node = this.node(e.key);
      if (!node?.data) continue;
      const field = e.field ?? Object.keys(sent.get(e.key) ?? {})[0] ?? 'name';
      setCellError(node.data, field, e.message);
      if (!touched.includes(node)) touched.push(node);
    }
    this.refresh(touched);
  }

  /**
   * A draft the service accepted becomes a saved row, keeping its place, focus and any newer
   * typing; cells it refused (the row was created from its good cells) keep their text, unsaved.
   */
  private promote(key: string, row: T, sent: Record<string, unknown>, refused: ReadonlySet<string | null> = new Set()): void {
    const node = this.node(key);
    if (!node?.data) return;
    const shown = Object.entries(unsavedValues(node.data));
    const newer = Object.fromEntries(shown.filter(([f, v]) => sent[f] !== v));
    const next: GridRow<T> = { ...row, __key: key };
    for (const [f, v] of shown) if (f in newer || refused.has(f)) setPending(next, f, v);
    this.aliases.set(row.id, key);
    this.gridApi!.applyTransaction({ update: [next] });
    if (Object.keys(newer).length) void this.enqueue(() => this.saveRow(key, Object.keys(newer), '修改'));
  }

  /** Sends a row's unsaved cells (or a whole draft) to the service. */
  async saveRow(key: string, fields: readonly string[], label: string): Promise<void> {
    const data = this.node(key)?.data;
    if (!data?.__unsaved) return;
    const values = unsavedValues(data);
    if (isDraft(data)) {
      if (Object.values(values).every((v) => v === null || v === undefined || v === '')) return;
      const sent = new Map([[key, { ...values }]]);
      const draft = { ...this.spec.defaults, ...this.expandAll(values) };
      const r = await this.spec.store.applyEdits({ updates: [], creates: [{ key, draft }] });
      this.finish(r, sent, `新增${this.spec.noun}`);
      return;
    }
    const cells = Object.fromEntries(fields.filter((f) => f in values).map((f) => [f, values[f]]));
    if (Object.keys(cells).length === 0) return;
    const r = await this.spec.store.applyEdits({ updates: [{ id: data.id, patch: this.expandAll(cells, data) }], creates: [] });
    this.finish(r, new Map([[key, cells]]), label);
  }

  private finish(r: EditOutcomeOf<T>, sent: Map<string, Record<string, unknown>>, label: string): void {
    this.applyOutcome(r, sent);
    if (r.batchId) {
      this.history.push({ label, batchId: r.batchId, unsaved: [] });
      this.publishRows([...r.rows, ...r.created.map((c) => c.row)]);
    }
    this.reportOutcome(r, r.batchId ? '已保存' : '');
  }

  reportOutcome(r: EditOutcomeOf<T>, saved: string): void {
    const first = r.errors[0];
    if (first) {
      const rows = new Set(r.errors.map((e) => e.key)).size;
      const more = r.errors.length > 1 ? `（共 ${r.errors.length} 处、${rows} 行未保存，已标红，鼠标停在单元格上可看原因）` : '';
      // A row saved from its good cells has only its marked cells unsaved.
      const rowSaved = r.created.some((c) => c.key === first.key) || r.rows.some((x) => this.keyOfId(x.id) === first.key);
      const what = rowSaved ? '有单元格未保存' : '未保存';
      this.hooks.status({ kind: 'error', text: `${saved ? `${saved}；` : ''}${this.where(first.key)}${what}：${first.message}${more}` });
    } else if (r.warnings.length) {
      this.hooks.status({ kind: 'warning', text: `${saved || '已保存'}。${this.where(r.warnings[0]!.key)}：${r.warnings[0]!.message}${r.warnings.length > 1 ? ` 等 ${r.warnings.length} 条提示` : ''}` });
    } else if (saved) this.hooks.status({ kind: 'saved', text: saved });
  }

  publishRows(rows: readonly T[]): void {
    if (rows.length) publish({ kind: 'rows', rows: { [TOUCHED_KEY[this.spec.entity]]: rows }, source: this.id });
  }

  /** Rows another grid saved or undid; a rename of an enterprise reaches its lines and cases. */
  onBus(m: BusMessage): void {
    if (m.source === this.id || !this.gridApi) return;
    if (m.kind === 'reload') {
      if (m.entities.includes(this.spec.entity)) void this.reload();
      return;
    }
    // The spec's entity names which list holds rows of type T (a union the compiler cannot narrow).
    const own = m.rows[TOUCHED_KEY[this.spec.entity]] as unknown as T[] | undefined;
    if (own) this.applyRows(own);
    if (m.rows.enterprises) this.followEnterprises(m.rows.enterprises);
  }

  applyTouched(rows: TouchedRows): void {
    this.applyRows(rows[TOUCHED_KEY[this.spec.entity]] as unknown as T[]); // see onBus
    this.followEnterprises(rows.enterprises);
    publish({ kind: 'rows', rows, source: this.id });
  }

  followEnterprises(enterprises: readonly Enterprise[]): void {
    updateEnterpriseChoices(enterprises);
    if (!this.spec.showsEnterprise || !this.gridApi || enterprises.length === 0) return;
    const names = new Map(enterprises.filter((e) => !e.deletedAt).map((e) => [e.id, e.name]));
    const update: GridRow<T>[] = [];
    this.gridApi.forEachNode((n) => {
      const d = n.data as (GridRow<T> & { enterpriseId?: number; enterpriseName?: string }) | undefined;
      const name = d?.enterpriseId === undefined ? undefined : names.get(d.enterpriseId);
      if (d && name !== undefined && d.enterpriseName !== name) update.push({ ...d, enterpriseName: name });
    });
    if (update.length) this.gridApi.applyTransaction({ update });
  }

  undo(): Promise<void> {
    return this.enqueue(() => undoLast(this));
  }

  redo(): Promise<void> {
    return this.enqueue(() => redoLast(this));
  }

  snapshot(key: string): Unsaved | undefined {
    const d = this.node(key)?.data;
    return d ? snapshotUnsaved(d) : undefined;
  }

  rowKeyOf(row: GridRow<T>): string {
    return rowKey(row);
  }

}
