import type { Database, Statement } from 'better-sqlite3';

/**
 * Many-rows-to-a-statement INSERTs for an import's commit (withBufferedInserts). Each
 * better-sqlite3 call has a fixed cost and a 100,000-row import writes about 650,000 rows (its
 * enterprises, lines and cases, their audit entries, each case's first event and its links to
 * lines), so one INSERT of ROWS_PER_STATEMENT rows instead of as many single-row INSERTs saves
 * a good part of the commit. The rows, their values and their ids are exactly those of the
 * single-row INSERTs:
 * - a ledger row (insertRow) gets its id when buffered: the table's largest id + 1, which is
 *   what SQLite gives an INTEGER PRIMARY KEY without AUTOINCREMENT (none of the ledger's tables
 *   has it), the transaction holding the write lock meanwhile;
 * - the buffers are written in the order their tables were first used, so a parent's rows (an
 *   enterprise) are in the table before the rows that refer to them (its lines), and the rows
 *   without an id (audit entries) keep their order, hence their ids; a table's rows of a new
 *   shape (a case with a notice date after cases without) join its buffers there, not after
 *   the rows that were buffered since and refer to them (that case's event and line links);
 * - what reads a table back during the scope (a uniqueness check) first calls flushTables.
 */
const ROWS_PER_STATEMENT = 100;

/** A buffered row failed; `tag` is what the caller set (setBufferTag) when it added that row. */
export class BufferedInsertError extends Error {
  constructor(
    readonly original: unknown,
    readonly tag: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

class RowBuffer {
  private values: unknown[] = [];
  private tags: unknown[] = [];

  constructor(
    private readonly scope: Scope,
    readonly table: string,
    /** `INSERT … INTO table (a, b, c)` without VALUES. */
    private readonly head: string,
    private readonly width: number,
  ) {}

  get pending(): number {
    return this.tags.length;
  }

  add(row: readonly unknown[], id?: number): void {
    if (id !== undefined) this.values.push(id);
    for (const v of row) this.values.push(v);
    this.tags.push(this.scope.tag);
    if (this.tags.length === ROWS_PER_STATEMENT) this.scope.flushAll();
  }

  addWithId(row: readonly unknown[]): number {
    const id = this.scope.nextId(this.table);
    this.add(row, id);
    return id;
  }

  flush(): void {
    const rows = this.tags.length;
    if (rows === 0) return;
    const values = this.values;
    const tags = this.tags;
    this.values = [];
    this.tags = [];
    try {
      this.statement(rows).run(values);
    } catch (err) {
      // The statement failed as a whole; row by row, the first row that fails is named.
      const one = this.statement(1);
      for (let i = 0; i < rows; i++) {
        try {
          one.run(values.slice(i * this.width, (i + 1) * this.width));
        } catch (rowErr) {
          throw new BufferedInsertError(rowErr, tags[i]);
        }
      }
      throw new BufferedInsertError(err, tags[0]);
    }
  }

  /** By number of rows: a full statement is used again and again, a shorter one at the end. */
  private readonly statements = new Map<number, Statement>();

  private statement(rows: number): Statement {
    let s = this.statements.get(rows);
    if (!s) {
      const one = `(${Array(this.width).fill('?').join(', ')})`;
      this.statements.set(rows, (s = this.scope.prepare(`${this.head} VALUES ${Array(rows).fill(one).join(', ')}`)));
    }
    return s;
  }
}

class Scope {
  /** A table's buffers together, tables in order of first use: the order they are written in. */
  readonly buffers: RowBuffer[] = [];
  readonly byHead = new Map<string, RowBuffer>();
  private readonly statements = new Map<string, Statement>();
  /** Per table (rows of several shapes share it): the first id this scope gave and the next. */
  private readonly ids = new Map<string, { first: number; next: number }>();
  tag: unknown = null;

  constructor(readonly db: Database) {}

  buffer(table: string, head: string, width: number, withIds: boolean): RowBuffer {
    let b = this.byHead.get(head);
    if (!b) {
      b = new RowBuffer(this, table, head, withIds ? width + 1 : width);
      this.byHead.set(head, b);
      const lastOfTable = this.buffers.findLastIndex((x) => x.table === table);
      this.buffers.splice(lastOfTable < 0 ? this.buffers.length : lastOfTable + 1, 0, b);
    }
    return b;
  }

  nextId(table: string): number {
    let ids = this.ids.get(table);
    if (ids === undefined) {
      const first = ((this.db.prepare(`SELECT max(id) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0) + 1;
      this.ids.set(table, (ids = { first, next: first }));
    }
    return ids.next++;
  }

  created(table: string, id: number): boolean {
    const ids = this.ids.get(table);
    return ids !== undefined && id >= ids.first && id < ids.next;
  }

  prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  flushAll(): void {
    for (const b of this.buffers) b.flush();
  }

  /** Writes the pending rows of these tables and of every buffer used before theirs. */
  flushTables(tables: readonly string[] | 'all'): void {
    let last = -1;
    this.buffers.forEach((b, i) => {
      if (b.pending > 0 && (tables === 'all' || tables.includes(b.table))) last = i;
    });
    for (let i = 0; i <= last; i++) this.buffers[i]!.flush();
  }
}

const scopes = new WeakMap<Database, Scope>();

/**
 * While withBufferedInserts runs on this connection, the buffer for rows of `head` (which
 * must name the columns in the order of the values added), else null: the repository then runs
 * its single-row INSERT.
 */
export function insertBuffer(db: Database, table: string, head: string, width: number): { add(row: readonly unknown[]): void } | null {
  return scopes.get(db)?.buffer(table, head, width, false) ?? null;
}

/** Like insertBuffer, for ledger rows: `head` names the columns after `id`; add returns the id. */
export function insertBufferWithIds(db: Database, table: string, head: string, width: number): { addWithId(row: readonly unknown[]): number } | null {
  return scopes.get(db)?.buffer(table, head, width, true) ?? null;
}

/** Before reading these tables inside withBufferedInserts: their buffered rows are written. */
export function flushTables(db: Database, tables: readonly string[] | 'all'): void {
  scopes.get(db)?.flushTables(tables);
}

/**
 * Whether the running withBufferedInserts inserted this row (written yet or not). Such a row is
 * live: the scope's writes create and update rows, never delete them.
 */
export function createdInScope(db: Database, table: string, id: number): boolean {
  return scopes.get(db)?.created(table, id) ?? false;
}

/** What a BufferedInsertError reports for the rows buffered from now on (the import's row). */
export function setBufferTag(db: Database, tag: unknown): void {
  const scope = scopes.get(db);
  if (scope) scope.tag = tag;
}

/**
 * Runs fn with ledger rows, audit entries, case events and case–line links buffered, and writes
 * what is left when fn returns. Only inside a transaction, and for writes that create and update
 * rows but delete none (createdInScope counts on it); a failure leaves the buffers unwritten,
 * for the transaction to be rolled back.
 */
export function withBufferedInserts<T>(db: Database, fn: () => T): T {
  if (!db.inTransaction) throw new Error('withBufferedInserts 必须在事务中使用');
  if (scopes.has(db)) return fn();
  const scope = new Scope(db);
  scopes.set(db, scope);
  try {
    const result = fn();
    scope.flushAll();
    return result;
  } finally {
    scopes.delete(db);
  }
}
