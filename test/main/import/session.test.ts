import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/main/openLedger';
import { ImportSession } from '../../../src/main/import/session';
import type { CommitProgress } from '../../../src/main/import/commit';
import { parseFileData } from '../../../src/main/import/parse';
import { summariseParsed } from '../../../src/main/import/sessionProtocol';
import { EXPECTED, ledgerCsvGb18030 } from '../../support/countySheet';
import { hashDatabaseFile } from '../../support/db';

/** The wizard's path: everything in a worker with its own connection to the ledger file. */
const dirs: string[] = [];
const sessions: ImportSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function ledgerFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-session-'));
  dirs.push(dir);
  const file = join(dir, 'ledger.db');
  openLedger(file).db.close();
  return file;
}

function open(file: string): ImportSession {
  const s = ImportSession.open(file);
  sessions.push(s);
  return s;
}

describe('ImportSession', () => {
  it('parses, proposes, previews page by page, commits with progress and undoes', async () => {
    const file = ledgerFile();
    const session = open(file);
    const parsed = await session.parse(ledgerCsvGb18030(), '台账.csv');
    const sheet = parsed.sheets[0]!;
    expect(sheet.table!.dataRowCount).toBe(EXPECTED.dataRows.length);
    expect('rows' in sheet.table!).toBe(false);
    const proposal = await session.proposeMapping(sheet.name);
    const preview = await session.preview(sheet.name, proposal.mapping);
    expect(preview.counts).toMatchObject({ new: 4, error: 1 });
    const errors = await session.rows(0, 50, 'error');
    expect(errors.total).toBe(1);
    expect(errors.rows[0]!.sourceRow).toBe(EXPECTED.errorRow);
    const page = await session.rows(1, 2);
    expect(page.rows.map((r) => [r.sourceRow, r.entities.enterprise?.label])).toEqual([[6, '甲钢铁有限公司'], [8, '乙水泥有限公司']]);
    const progress: CommitProgress[] = [];
    const result = await session.commit((p) => progress.push(p));
    expect(result.importId).not.toBeNull();
    expect(progress.at(-1)).toEqual({ done: 11, total: 11 });
    const { db } = openLedger(file);
    expect((db.prepare('SELECT count(*) AS n FROM capacity_lines').get() as { n: number }).n).toBe(4);
    db.close();
    const undone = await session.undo(result.importId!);
    expect(undone.rowsRemoved).toBe(11);
  });

  it('cancels a running commit from the main thread and leaves the ledger file as it was', async () => {
    const file = ledgerFile();
    const { db } = openLedger(file);
    const before = hashDatabaseFile(db, file);
    db.close();
    const rows = Array.from({ length: 30_000 }, (_, i) => `企业${i},设备${i},能耗`);
    const csvFile = join(mkdtempSync(join(tmpdir(), 'import-session-csv-')), '大表.csv');
    dirs.push(join(csvFile, '..'));
    writeFileSync(csvFile, `企业名称,设备名称,存在问题维度\n${rows.join('\n')}\n`);
    const session = open(file);
    const parsed = await session.parse(csvFile);
    const proposal = await session.proposeMapping(parsed.sheets[0]!.name);
    await session.preview(parsed.sheets[0]!.name, proposal.mapping);
    const seen: number[] = [];
    const commit = session.commit((p) => {
      seen.push(p.done);
      session.cancel();
    });
    await expect(commit).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)!).toBeLessThan(90_000);
    await session.close();
    const after = openLedger(file).db;
    expect(hashDatabaseFile(after, file)).toBe(before);
    after.close();
  });

  it('answers a refused file with its message and stays usable', async () => {
    const session = open(ledgerFile());
    await expect(session.parse(new Uint8Array(0), '空.xlsx')).rejects.toThrow(/空文件/);
    const parsed = await session.parse(ledgerCsvGb18030(), '台账.csv');
    expect(parsed.sheets).toHaveLength(1);
  });

  it('reads a file from disk in the worker as parseFileData reads it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'import-session-disk-')), '台账.csv');
    dirs.push(join(file, '..'));
    writeFileSync(file, ledgerCsvGb18030());
    const parsed = await open(ledgerFile()).parse(file);
    expect(parsed).toEqual(summariseParsed(parseFileData(ledgerCsvGb18030(), '台账.csv')));
  });

  it('says so when the file cannot be opened', async () => {
    await expect(open(ledgerFile()).parse('/nonexistent/台账.xlsx')).rejects.toThrow(/无法打开文件「台账.xlsx」/);
  });

  it('stops a parse that runs past its time limit', async () => {
    const s = ImportSession.open(ledgerFile(), { parseTimeoutMs: 1 });
    sessions.push(s);
    await expect(s.parse(ledgerCsvGb18030(), '台账.csv')).rejects.toThrow(/超过 1 秒仍未完成，已停止/);
  });
});
