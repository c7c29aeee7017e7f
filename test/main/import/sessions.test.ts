import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/main/openLedger';
import { ImportSessions } from '../../../src/main/import/sessions';
import { ledgerCsvGb18030 } from '../../support/countySheet';

/** The wizard runs open in main: closed when idle, when crowded out, never while committing. */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function registry(idleMs?: number): ImportSessions {
  const dir = mkdtempSync(join(tmpdir(), 'import-sessions-'));
  const file = join(dir, 'ledger.sqlite');
  openLedger(file).db.close();
  const r = new ImportSessions(file, idleMs);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => r.closeAll());
  return r;
}

const csv = ledgerCsvGb18030();

describe('ImportSessions', () => {
  it('closes a run left idle, and answers NOT_FOUND for it afterwards', async () => {
    const r = registry(300);
    const entry = await r.start('台账.csv', csv);
    expect(r.get(entry.id).parsed.sheets).toHaveLength(1);
    await new Promise((res) => setTimeout(res, 800));
    expect(() => r.get(entry.id)).toThrow(/已结束/);
  });

  it('keeps a busy run past the idle time and refuses a second commit while it is busy', async () => {
    const r = registry(300);
    const entry = await r.start('台账.csv', csv);
    const release = r.hold(entry);
    expect(() => r.hold(entry)).toThrow(/正在写入/);
    await new Promise((res) => setTimeout(res, 800));
    expect(r.get(entry.id)).toBe(entry);
    // The page leaving mid-commit: the run is closed only once the commit has ended.
    expect(await r.close(entry.id)).toBe(true);
    expect(r.get(entry.id)).toBe(entry);
    release();
    await new Promise((res) => setTimeout(res, 50));
    expect(() => r.get(entry.id)).toThrow(/已结束/);
  });

  it('keeps at most three runs, closing the oldest idle one', async () => {
    const r = registry();
    const first = await r.start('1.csv', csv);
    const others = [await r.start('2.csv', csv), await r.start('3.csv', csv), await r.start('4.csv', csv)];
    expect(() => r.get(first.id)).toThrow(/已结束/);
    for (const o of others) expect(r.get(o.id).fileName).toMatch(/\d\.csv/);
  });

  it('opens no run for a file it cannot read', async () => {
    const r = registry();
    await expect(r.start('空.xlsx', new Uint8Array(0))).rejects.toThrow(/空文件/);
    expect(await r.close('nothing')).toBe(false);
  });
});
