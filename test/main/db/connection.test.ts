import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLedgerDatabase } from '../../../src/main/db/connection';
import { openLedger } from '../../../src/main/openLedger';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { createContext } from '../../../src/main/services/context';

describe('openLedgerDatabase', () => {
  it('creates the file with WAL and foreign keys on', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'sub', 'ledger.sqlite');
    const { db, readOnlyReason } = openLedgerDatabase(file);
    expect(readOnlyReason).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('opens a file that fails quick_check read-only and says so in Chinese, through openLedger too', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'ledger.sqlite');
    const first = openLedgerDatabase(file);
    const ctx = createContext(first.db, { dbPath: file });
    for (let i = 0; i < 400; i++) createEnterprise(ctx, { name: `企业${i}`, address: 'x'.repeat(150) });
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    first.db.close();
    // Scribble over the b-tree pages after the schema page, as a bad sector would.
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, bytes.length);
    writeFileSync(file, bytes);

    const reopened = openLedgerDatabase(file);
    expect(reopened.readOnlyReason).toMatch(/完整性检查未通过.*只读/);
    expect(reopened.db.readonly).toBe(true);
    reopened.db.close();
    // The bootstrap leaves such a file as it is: seeding it would throw on the read-only handle.
    const viaBootstrap = openLedger(file);
    expect(viaBootstrap.readOnlyReason).toMatch(/只读/);
    viaBootstrap.db.close();
  });

  it('refuses a file from a newer version of the app', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'ledger.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openLedgerDatabase(file)).toThrow(/由较新版本的软件创建/);
  });
});
