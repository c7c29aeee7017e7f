import { openLedgerDatabase, type OpenedDatabase } from './db/connection';
import { seedReferenceData } from './services/referenceData';

/**
 * The one way into a ledger file, for the app, the CLI, the browser harness and the import
 * worker alike: open it (integrity check, migrations; db/connection), then bring the reference
 * data the rules need up to date — the shipped holiday calendar and the national rule set. A
 * file opened read-only is left exactly as it is.
 */
export function openLedger(file: string, now: Date = new Date()): OpenedDatabase {
  const opened = openLedgerDatabase(file);
  if (opened.readOnlyReason !== null) return opened;
  try {
    seedReferenceData(opened.db, now);
  } catch (err) {
    opened.db.close();
    throw err;
  }
  return opened;
}
