import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db } from '../../src/main/db/connection';
import { openLedger } from '../../src/main/openLedger';
import { createContext, type ServiceContext } from '../../src/main/services/context';

/**
 * The one test ledger: in memory, or in a temp file when a test hashes its bytes. The clock is
 * fixed (2026-03-01 08:00 UTC) unless a test passes another time or a ticking clock.
 */
export const FIXED_NOW = new Date('2026-03-01T08:00:00Z');

type Clock = Date | (() => Date);
const clockOf = (now: Clock): (() => Date) => (typeof now === 'function' ? now : () => now);

/** A clock that moves one second per reading, so every write gets its own timestamp. */
export function tickingClock(start: Date): () => Date {
  let tick = 0;
  return () => new Date(start.getTime() + 1000 * tick++);
}

/** A fresh in-memory ledger, for service and repository tests. */
export function memoryContext(now: Clock = FIXED_NOW): ServiceContext {
  const { db } = openLedger(':memory:');
  return createContext(db, { dbPath: ':memory:', now: clockOf(now) });
}

/** A ledger in a temp file (so its bytes can be hashed). */
export function openTempLedger(now: Clock = tickingClock(IMPORT_DAY)): { ctx: ServiceContext; file: string; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-import-'));
  const file = join(dir, 'ledger.db');
  const { db } = openLedger(file);
  const ctx = createContext(db, { dbPath: file, now: clockOf(now) });
  return {
    ctx,
    file,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The day the import tests run on (their sheets are of 2024). */
export const IMPORT_DAY = new Date(Date.UTC(2024, 6, 1, 8, 0, 0));

export function count(ctx: ServiceContext, table: string): number {
  return (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** SHA-256 of the database file with its WAL checkpointed into it. */
export function hashDatabaseFile(db: Db, file: string): string {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

const STAMP_COLUMNS = new Set(['created_at', 'updated_at', 'createdAt', 'updatedAt']);

/** The live content of the ledger tables, timestamps left out: what a user sees. */
export function liveContent(db: Db): Record<string, unknown[]> {
  const strip = (rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !STAMP_COLUMNS.has(k))));
  return {
    enterprises: strip(db.prepare('SELECT * FROM enterprises WHERE deleted_at IS NULL ORDER BY id').all() as Record<string, unknown>[]),
    lines: strip(db.prepare('SELECT * FROM capacity_lines WHERE deleted_at IS NULL ORDER BY id').all() as Record<string, unknown>[]),
    cases: strip(db.prepare('SELECT * FROM cases WHERE deleted_at IS NULL ORDER BY id').all() as Record<string, unknown>[]),
  };
}
