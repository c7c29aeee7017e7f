import { openLedgerDatabase } from '../../src/main/db/connection';
import { createContext, type ServiceContext } from '../../src/main/services/context';

/** A fresh in-memory ledger with a fixed clock, for service and repository tests. */
export function memoryContext(now = new Date('2026-03-01T08:00:00Z')): ServiceContext {
  const { db } = openLedgerDatabase(':memory:');
  return createContext(db, { dbPath: ':memory:', now: () => now });
}

export function count(ctx: ServiceContext, table: string): number {
  return (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
