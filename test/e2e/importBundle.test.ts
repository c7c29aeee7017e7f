import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/main/openLedger';
import { ImportSession } from '../../src/main/import/session';
import { ledgerCsvGb18030 } from '../support/countySheet';

/**
 * The workers as the app runs them (the import session's, the city template's): bundled files in
 * out/main (electron-vite's main build has them as extra inputs), found relative to the bundle
 * that starts them.
 */
const OUT = resolve('out/main');
const dir = mkdtempSync(join(tmpdir(), 'import-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
}

describe('bundled workers', () => {
  it.each(['importSessionWorker.js', 'templateWorker.js'])('%s is built beside the bundle that names it, so the relative URL finds it', (worker) => {
    const naming = files(OUT).filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes(`"./${worker}"`));
    expect(naming.map((f) => relative(OUT, f))).toEqual(['index.js']);
    expect(statSync(join(OUT, worker)).isFile()).toBe(true);
  });

  it('builds no other worker (the parse-only one is gone)', () => {
    expect(readdirSync(OUT).filter((f) => /worker/i.test(f)).sort()).toEqual(['importSessionWorker.js', 'templateWorker.js']);
  });

  it('the bundled session worker parses, previews and commits', async () => {
    const dbPath = join(dir, 'ledger.sqlite');
    openLedger(dbPath).db.close();
    const session = ImportSession.open(dbPath, { entry: pathToFileURL(join(OUT, 'importSessionWorker.js')) });
    try {
      const parsed = await session.parse(ledgerCsvGb18030(), '台账.csv');
      const sheet = parsed.sheets[0]!.name;
      const { mapping } = await session.proposeMapping(sheet);
      const plan = await session.preview(sheet, mapping);
      expect(plan.counts).toMatchObject({ new: 4, error: 1 });
      const rows = await session.rows(0, 10, 'error');
      expect(rows.rows[0]!.cells.length).toBeGreaterThan(0);
      const result = await session.commit();
      expect(result.counts.enterprisesCreated).toBe(3);
    } finally {
      await session.close();
    }
  });
});
