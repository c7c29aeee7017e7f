import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../../src/main/backup/backup';
import { evidenceDir } from '../../../src/main/evidence/store';
import { openLedger } from '../../../src/main/openLedger';
import { removeStaleFiles, STALE_MS } from '../../../src/main/fs/staleFiles';
import { backupNow, backupToFile, listLedgerBackups } from '../../../src/main/services/backups';
import { createContext } from '../../../src/main/services/context';
import { createEnterprise } from '../../../src/main/services/enterprises';

function fileContext() {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'ledger-single-')), 'ledger.sqlite');
  const { db } = openLedger(dbPath);
  let clock = new Date('2026-01-01T08:00:00');
  const ctx = createContext(db, { dbPath, now: () => clock });
  return { ctx, dbPath, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

/** Byte 18 of an SQLite header: 1 = rollback journal, 2 = WAL. */
const fileFormat = (file: string) => readFileSync(file)[18];

describe('backups are single files in rollback-journal mode', () => {
  it('a backup and a copy on a USB stick: no -wal or -shm, even after they are listed and read', async () => {
    const { ctx, dbPath } = fileContext();
    expect(ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    createEnterprise(ctx, { name: '鑫达铸造有限公司' });
    const file = await backupNow(ctx, 'manual');
    const usb = join(mkdtempSync(join(tmpdir(), 'usb-')), '台账备份.sqlite');
    await backupToFile(ctx, usb);
    expect(listLedgerBackups(ctx)[0]!.counts.enterprises).toBe(1);
    expect([fileFormat(file), fileFormat(usb)]).toEqual([1, 1]);
    expect(readdirSync(backupsDir(dbPath))).toEqual([file.replace(/^.*[\\/]/, '')]);
    expect(readdirSync(dirname(usb)).filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual([]);
  });

  it('rotation over two weeks of daily backups leaves exactly one file per kept backup', async () => {
    const { ctx, dbPath, advance } = fileContext();
    for (let i = 0; i < 13; i++) {
      await backupNow(ctx, 'auto');
      advance(86_400_000);
    }
    // A side file a crash left beside a backup that rotation removes must go with it.
    const all = readdirSync(backupsDir(dbPath));
    const kept = listLedgerBackups(ctx).map((b) => b.name);
    expect(all.sort()).toEqual(kept.sort());
    writeFileSync(join(backupsDir(dbPath), `${kept[kept.length - 1]}-wal`), '');
    for (let i = 0; i < 8; i++) {
      await backupNow(ctx, 'auto');
      advance(86_400_000);
    }
    const after = readdirSync(backupsDir(dbPath));
    expect(after.filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
  });
});

describe('stale .tmp and .partial files are cleaned at start', () => {
  it('removes those untouched for ten minutes, and spares a write in progress', async () => {
    const { ctx, dbPath } = fileContext();
    await backupNow(ctx, 'manual');
    const dir = dirname(dbPath);
    const exports = join(dir, '导出文件');
    mkdirSync(exports);
    mkdirSync(join(evidenceDir(dir), 'ab'), { recursive: true });
    const stale = [
      join(dir, '.黄牌名单.xlsx.0123456789ab.tmp'),
      join(exports, '.年度名单.docx.ba9876543210.tmp'),
      join(backupsDir(dbPath), 'ledger-20250101-080000-auto.sqlite.partial'),
      join(backupsDir(dbPath), 'ledger-20250101-080000-auto.sqlite.partial-journal'),
      join(backupsDir(dbPath), 'ledger-20240101-080000-auto.sqlite-wal'),
      join(evidenceDir(dir), 'ab', 'abcdef.1234.partial'),
    ];
    const fresh = join(dir, '.正在导出.xlsx.aaaaaaaaaaaa.tmp');
    const old = (Date.now() - STALE_MS - 60_000) / 1000;
    for (const f of stale) {
      writeFileSync(f, 'x');
      utimesSync(f, old, old);
    }
    writeFileSync(fresh, 'x');
    expect(removeStaleFiles(dbPath, dir, [exports])).toBe(stale.length);
    expect(stale.filter(existsSync)).toEqual([]);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(dbPath)).toBe(true);
    expect(listLedgerBackups(ctx)).toHaveLength(1);
  });
});
