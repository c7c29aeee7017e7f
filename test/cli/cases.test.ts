import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openLedgerDatabase } from '../../src/main/db/connection';
import { createContext } from '../../src/main/services/context';
import { createEnterprise } from '../../src/main/services/enterprises';
import { registerCase, setCaseSerious, transitionCase } from '../../src/main/services/caseWorkflow';
import { ledger } from '../support/cli';


describe('ledger cases list and the 超标排放 exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-cases-'));
  const db = join(dir, 'x.sqlite');
  const opened = openLedgerDatabase(db);
  const ctx = createContext(opened.db, { dbPath: db, now: () => new Date('2023-06-01T02:00:00Z') });
  const xinda = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row.id;
  const hengchang = createEnterprise(ctx, { name: '恒昌印染有限公司' }).row.id;
  const energy = registerCase(ctx, { enterpriseId: xinda, dimension: '能耗' }).id;
  transitionCase(ctx, { id: energy, transition: 'issue-notice', date: '2023-04-01' });
  const env = registerCase(ctx, { enterpriseId: hengchang, dimension: '环保' }).id;
  setCaseSerious(ctx, env, true);
  transitionCase(ctx, { id: env, transition: 'issue-notice', date: '2023-05-01', measure: '停产整治', period: { months: 2 } });
  opened.db.close();

  it('lists each case with its card and lists as of --today: overdue stays yellow, 环保 on its own lists', () => {
    const r = ledger('--db', db, 'cases', 'list', '--today', '2023-10-08', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Record<string, unknown>[]).map((c) => [c.enterpriseName, c.card, c.overdue, c.lists])).toEqual([
      ['鑫达铸造有限公司', 'yellow', true, ['yellow']],
      ['恒昌印染有限公司', null, true, ['over-limit', 'over-limit-serious']],
    ]);
  });

  it('exports over-limit-serious for --today', async () => {
    const out = join(dir, '情节严重.xlsx');
    const r = ledger('--db', db, 'export', 'over-limit-serious', '--year', '2023', '--out', out, '--today', '2023-10-08', '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ report: 'over-limit-serious', rows: 1 });
    expect(existsSync(out)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    expect(text).toContain('超标排放情节严重企业名单');
    expect(text).toContain('恒昌印染有限公司');
    expect(text).not.toContain('鑫达铸造有限公司');
  });
});
