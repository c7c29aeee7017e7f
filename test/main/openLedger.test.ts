import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedgerDatabase } from '../../src/main/db/connection';
import { listCalendarDays } from '../../src/main/db/repositories/calendar';
import { getBuiltinRuleSet } from '../../src/main/db/repositories/ruleSets';
import { openLedger } from '../../src/main/openLedger';

const newFile = () => join(mkdtempSync(join(tmpdir(), 'ledger-open-')), '阳谷县台账.sqlite');

/** The bootstrap the app, the CLI, the harness and the import worker share: open, migrate, seed. */
describe('openLedger', () => {
  it('opens a new file with the national rule set and the shipped holiday calendar in it', () => {
    const { db, readOnlyReason } = openLedger(newFile());
    expect(readOnlyReason).toBeNull();
    expect(getBuiltinRuleSet(db, 'national')).toBeDefined();
    expect(listCalendarDays(db, { source: 'bundled' }).length).toBeGreaterThan(300);
    db.close();
  });

  it('leaves seeding to itself: the database layer alone only migrates', () => {
    const { db } = openLedgerDatabase(newFile());
    expect(getBuiltinRuleSet(db, 'national')).toBeUndefined();
    expect(listCalendarDays(db, { source: 'bundled' })).toEqual([]);
    db.close();
  });
});
