import type { Database } from 'better-sqlite3';
import { prepared } from './sql';

/**
 * Rows that nothing reads until the transaction that writes them has ended — audit entries, a
 * new case's first event, case–line links — written many to a statement while a caller holds
 * withBufferedInserts (an import's commit). Each better-sqlite3 call has a fixed cost; a
 * 100,000-row import writes about 400,000 such rows, so one INSERT of ROWS_PER_STATEMENT rows
 * instead of that many single-row INSERTs saves a good part of the commit. The rows and their
 * order (hence their ids) are exactly those of the single-row INSERTs.
 */
const ROWS_PER_STATEMENT = 100;

export class BufferedInsertError extends Error {}

class RowBuffer {
  private values: unknown[] = [];
  private rows = 0;

  constructor(
    private readonly db: Database,
    /** `INSERT … INTO table (a, b, c)` without VALUES. */
    private readonly head: string,
    private readonly width: number,
  ) {}

  add(row: readonly unknown[]): void {
    for (const v of row) this.values.push(v);
    if (++this.rows === ROWS_PER_STATEMENT) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    const one = `(${Array(this.width).fill('?').join(', ')})`;
    const sql = `${this.head} VALUES ${Array(this.rows).fill(one).join(', ')}`;
    const values = this.values;
    this.values = [];
    this.rows = 0;
    try {
      prepared(this.db, sql).run(values);
    } catch (err) {
      throw new BufferedInsertError(err instanceof Error ? err.message : String(err));
    }
  }
}

const scopes = new WeakMap<Database, Map<string, RowBuffer>>();

/**
 * The buffer for `head` while withBufferedInserts runs on this connection, else null (the
 * repository then runs its single-row INSERT). `head` must name the columns in the order of
 * the values given to add().
 */
export function insertBuffer(db: Database, head: string, width: number): { add(row: readonly unknown[]): void } | null {
  const scope = scopes.get(db);
  if (!scope) return null;
  let buffer = scope.get(head);
  if (!buffer) scope.set(head, (buffer = new RowBuffer(db, head, width)));
  return buffer;
}

/**
 * Runs fn with the repositories' write-only rows buffered, and writes what is left when fn
 * returns. For the inside of a transaction in which nothing reads those tables back (the
 * buffered rows are not there until written); a failure leaves the buffers unwritten, for the
 * transaction to be rolled back.
 */
export function withBufferedInserts<T>(db: Database, fn: () => T): T {
  if (!db.inTransaction) throw new Error('withBufferedInserts 必须在事务中使用');
  if (scopes.has(db)) return fn();
  const scope = new Map<string, RowBuffer>();
  scopes.set(db, scope);
  try {
    const result = fn();
    for (const buffer of scope.values()) buffer.flush();
    return result;
  } finally {
    scopes.delete(db);
  }
}
