import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/main/openLedger';
import { ImportSession } from '../../../src/main/import/session';
import { hashDatabaseFile } from '../../support/db';
import { MEMORY_BOMBS } from '../../support/hostileCorpus';

/**
 * The bounds of an import, in the worker the wizard and the CLI use: a heap of 1 GB and 10 s to
 * read a file. A refusal carrying its own reason (not the out-of-memory or the time-out one, with
 * the session's default limits) was made inside both bounds; the ledger file is unchanged.
 */
const dirs: string[] = [];
const sessions: ImportSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function ledger(): { file: string; hash(): string } {
  const dir = mkdtempSync(join(tmpdir(), 'import-bounds-'));
  dirs.push(dir);
  const file = join(dir, 'ledger.sqlite');
  openLedger(file).db.close();
  const hash = () => {
    const { db } = openLedger(file);
    try {
      return hashDatabaseFile(db, file);
    } finally {
      db.close();
    }
  };
  return { file, hash };
}

function session(file: string, opts: { parseTimeoutMs?: number } = {}): ImportSession {
  const s = ImportSession.open(file, opts);
  sessions.push(s);
  return s;
}

describe('hostile sheets are refused within the bounds, the ledger unchanged', () => {
  for (const f of MEMORY_BOMBS) {
    it(f.name, async () => {
      const l = ledger();
      const before = l.hash();
      await expect(session(l.file).parse(f.build(), f.fileName)).rejects.toThrow(f.reason);
      expect(l.hash()).toBe(before);
    }, 120_000);
  }
});

describe('an ordinary city-level ledger fits the bounds', () => {
  it('100,000 rows of 20 columns are read, previewed and imported in the 1 GB worker', async () => {
    const l = ledger();
    const extra = Array.from({ length: 14 }, (_, i) => `附加${i + 1}`);
    const head = ['序号', '企业名称', '乡镇', '设备名称', '规格型号', '数量', ...extra].join(',');
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      [i + 1, `示例县第${i + 1}铸造有限公司`, ['城关镇', '北关镇', '柳林镇'][i % 3], '中频炉', `${1 + (i % 5)}t`, 1 + (i % 3), ...extra.map((_, k) => `备用${k}-${i % 97}`)].join(','),
    );
    const csv = Buffer.from(`${head}\n${rows.join('\n')}\n`);
    // The time bound is for hostile files; this machine's two shared cores are not a PC's.
    const s = session(l.file, { parseTimeoutMs: 120_000 });
    const parsed = await s.parse(csv, '全市台账.csv');
    expect(parsed.sheets[0]!.table!.dataRowCount).toBe(100_000);
    const { mapping } = await s.proposeMapping(parsed.sheets[0]!.name);
    const plan = await s.preview(parsed.sheets[0]!.name, mapping);
    expect(plan.counts).toMatchObject({ sourceRows: 100_000, new: 100_000, error: 0, skipped: 0 });
    const result = await s.commit();
    expect(result.counts).toMatchObject({ rowsNew: 100_000, enterprisesCreated: 100_000, linesCreated: 100_000 });
  }, 600_000);
});
