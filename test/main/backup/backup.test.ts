import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../../src/main/backup/backup';
import { openLedger } from '../../../src/main/openLedger';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { migrate } from '../../../src/main/db/migrate';
import { backupNow, listLedgerBackups, restoreBackup } from '../../../src/main/services/backups';
import { createContext } from '../../../src/main/services/context';
import { createEnterprise, deleteEnterprises, updateEnterprise } from '../../../src/main/services/enterprises';
import { tableHashes } from '../../support/hash';

function fileContext() {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'ledger-backup-')), 'ledger.sqlite');
  const { db } = openLedger(dbPath);
  let clock = new Date('2026-03-01T08:00:00');
  const ctx = createContext(db, { dbPath, now: () => clock });
  return { ctx, dbPath, tick: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

describe('backup and restore', () => {
  it('restores every table to exactly the backup’s content', async () => {
    const { ctx, tick } = fileContext();
    const a = createEnterprise(ctx, { name: '鑫达铸造有限公司', town: '城关镇' }).row;
    createEnterprise(ctx, { name: '华通水泥有限责任公司' });
    const file = await backupNow(ctx, 'manual');
    const backupDb = new Database(file, { readonly: true });
    const expected = tableHashes(backupDb);
    backupDb.close();

    tick(60_000);
    updateEnterprise(ctx, a.id, { town: '柳林镇' });
    createEnterprise(ctx, { name: '恒昌印染有限公司' });
    deleteEnterprises(ctx, [a.id]);
    expect(tableHashes(ctx.db)).not.toEqual(expected);

    const { safetyBackup } = await restoreBackup(ctx, file);
    expect(tableHashes(ctx.db)).toEqual(expected);
    expect(existsSync(safetyBackup)).toBe(true);
    expect(listLedgerBackups(ctx).map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
  });

  it('lists backups with their date, schema version and record counts', async () => {
    const { ctx } = fileContext();
    createEnterprise(ctx, { name: '甲' });
    await backupNow(ctx, 'auto');
    const [b] = listLedgerBackups(ctx);
    expect(b).toMatchObject({ reason: 'auto', schemaVersion: LATEST_SCHEMA_VERSION, counts: { enterprises: 1, capacityLines: 0, cases: 0 } });
  });

  it('never lists a half-written backup', async () => {
    const { ctx, dbPath } = fileContext();
    await backupNow(ctx, 'auto');
    writeFileSync(join(backupsDir(dbPath), 'ledger-20260301-090000-auto.sqlite.partial'), 'half');
    expect(listLedgerBackups(ctx)).toHaveLength(1);
  });

  it('a cancelled backup leaves no file behind', async () => {
    const { ctx, dbPath } = fileContext();
    for (let i = 0; i < 300; i++) createEnterprise(ctx, { name: `企业${i}`, notes: 'x'.repeat(2000) });
    const controller = new AbortController();
    await expect(
      backupNow(ctx, 'manual', { signal: controller.signal, onProgress: () => controller.abort() }),
    ).rejects.toThrow('备份已取消');
    expect(readdirSync(backupsDir(dbPath))).toEqual([]);
  });

  it('refuses a backup from a newer version with a clear message and changes nothing', async () => {
    const { ctx } = fileContext();
    createEnterprise(ctx, { name: '甲' });
    const before = tableHashes(ctx.db);
    const newer = join(mkdtempSync(join(tmpdir(), 'newer-')), 'newer.sqlite');
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    await expect(restoreBackup(ctx, newer)).rejects.toThrow(/由较新版本的软件创建/);
    expect(tableHashes(ctx.db)).toEqual(before);
  });

  it('migrates an older backup on restore', async () => {
    const { ctx } = fileContext();
    const old = join(mkdtempSync(join(tmpdir(), 'old-')), 'old.sqlite');
    const o = new Database(old);
    migrate(o, MIGRATIONS.slice(0, 1));
    o.prepare("INSERT INTO enterprises (name, created_at, updated_at) VALUES ('旧备份中的企业', '2020-01-01', '2020-01-01')").run();
    o.close();
    await restoreBackup(ctx, old);
    expect((ctx.db.prepare('SELECT name FROM enterprises').all() as { name: string }[]).map((r) => r.name)).toEqual(['旧备份中的企业']);
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('evidence files and backups to a chosen file', () => {
  // A 1×1 PNG: evidence types are checked by content.
  const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

  it('carry the evidence along, and a restore on another PC brings it back', async () => {
    const { ctx } = fileContext();
    const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row.id;
    const { createCapacityLine } = await import('../../../src/main/services/capacityLines');
    const lineId = createCapacityLine(ctx, { enterpriseId, name: '中频炉' }).row.id;
    const { addEvidence } = await import('../../../src/main/services/evidence');
    const { storedPath } = await import('../../../src/main/evidence/store');
    const file = addEvidence(ctx, { owner: 'capacityLine', ownerId: lineId, category: '拆除后', name: '拆除后.png', base64: PNG });
    const usb = join(mkdtempSync(join(tmpdir(), 'usb-')), '台账备份.sqlite');
    const { backupToFile } = await import('../../../src/main/services/backups');
    await backupToFile(ctx, usb);

    const other = fileContext();
    expect(existsSync(storedPath(join(other.dbPath, '..'), file.sha256))).toBe(false);
    await restoreBackup(other.ctx, usb);
    expect(existsSync(storedPath(join(other.dbPath, '..'), file.sha256))).toBe(true);
  });
});
