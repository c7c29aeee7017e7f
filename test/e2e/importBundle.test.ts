import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedgerDatabase } from '../../src/main/db/connection';
import { ImportSession } from '../../src/main/import/session';
import { parseFileInWorker } from '../../src/main/import/worker';
import { ledgerCsvGb18030 } from '../support/countySheet';

/**
 * The import workers as the app runs them: the bundled files in out/main (electron-vite's main
 * build has them as extra inputs), found relative to the bundle that starts them.
 */
const OUT = resolve('out/main');
const dir = mkdtempSync(join(tmpdir(), 'import-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
}

describe('bundled import workers', () => {
  it('are built beside the bundle that names them, so the relative URL finds them', () => {
    const naming = files(OUT).filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('"./importSessionWorker.js"'));
    expect(naming.map((f) => relative(OUT, f))).toEqual(['index.js']);
    expect(statSync(join(OUT, 'importSessionWorker.js')).isFile()).toBe(true);
    expect(statSync(join(OUT, 'importWorker.js')).isFile()).toBe(true);
  });

  it('the bundled session worker parses, previews and commits', async () => {
    const dbPath = join(dir, 'ledger.sqlite');
    openLedgerDatabase(dbPath).db.close();
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

  it('the bundled parse worker reads a file', async () => {
    const parsed = await parseFileInWorker(ledgerCsvGb18030(), '台账.csv', { entry: pathToFileURL(join(OUT, 'importWorker.js')) });
    expect(parsed.sheets[0]!.table!.columns.map((c) => c.name)).toContain('企业名称');
  });
});
