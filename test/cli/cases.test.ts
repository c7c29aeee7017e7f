import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../src/main/openLedger';
import { createContext } from '../../src/main/services/context';
import { createEnterprise } from '../../src/main/services/enterprises';
import { registerCase, setCaseSerious, transitionCase } from '../../src/main/services/caseWorkflow';
import { saveObligation } from '../../src/main/services/caseObligations';
import { linkCaseLine } from '../../src/main/db/repositories/cases';
import { addLine } from '../support/countyLedger';
import { ledger } from '../support/cli';


describe('ledger cases list and the 超标排放 exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-cases-'));
  const db = join(dir, 'x.sqlite');
  const opened = openLedger(db);
  const ctx = createContext(opened.db, { dbPath: db, now: () => new Date('2023-06-01T02:00:00Z') });
  const xinda = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row.id;
  const hengchang = createEnterprise(ctx, { name: '恒昌印染有限公司' }).row.id;
  const energy = registerCase(ctx, { enterpriseId: xinda, dimension: '能耗' }).id;
  transitionCase(ctx, { id: energy, transition: 'issue-notice', date: '2023-04-01' });
  const env = registerCase(ctx, { enterpriseId: hengchang, dimension: '环保' }).id;
  setCaseSerious(ctx, env, true);
  transitionCase(ctx, { id: env, transition: 'issue-notice', date: '2023-05-01', measure: '停产整治', period: { months: 2 } });
  // 宏发: a 2022 line still standing (未按期退出), its 能耗 case closed by law with the government's approval.
  const hongfa = createEnterprise(ctx, { name: '宏发水泥有限公司', uscc: null }).row.id;
  const mill = addLine(opened.db, { enterpriseId: hongfa, name: '水泥磨机', spec: 'Φ2.2m', planYear: 2022 });
  const closed = registerCase(ctx, { enterpriseId: hongfa, dimension: '能耗' }).id;
  linkCaseLine(opened.db, closed, mill);
  transitionCase(ctx, { id: closed, transition: 'issue-notice', date: '2023-01-03' });
  transitionCase(ctx, { id: closed, transition: 'close-down', date: '2023-07-05', closure: { enterpriseStatus: '已关停', lines: [] }, approval: { authority: '示例县人民政府', number: '示政字〔2023〕12号', date: '2023-07-04' } });
  saveObligation(ctx, { caseId: closed, kind: 'credit-push', doneDate: '2023-07-10', authority: '信用山东' });
  opened.db.close();

  it('lists each case with its card and lists as of --today: overdue stays yellow, 环保 on its own lists', () => {
    const r = ledger('--db', db, 'cases', 'list', '--today', '2023-10-08', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Record<string, unknown>[]).map((c) => [c.enterpriseName, c.card, c.overdue, c.lists])).toEqual([
      ['鑫达铸造有限公司', 'yellow', true, ['yellow']],
      ['恒昌印染有限公司', null, true, ['over-limit', 'over-limit-serious']],
      ['宏发水泥有限公司', 'red', false, ['red']],
    ]);
  });

  it('carries each case’s obligations: the closure’s checklist with the approval and the credit push recorded', () => {
    const r = ledger('--db', db, 'cases', 'list', '--today', '2023-10-08', '--json');
    const cases = JSON.parse(r.out) as { enterpriseName: string; obligations: Record<string, unknown>[] }[];
    expect(cases[0]!.obligations).toEqual([]);
    const closed = cases.find((c) => c.enterpriseName === '宏发水泥有限公司')!.obligations;
    expect(closed.map((o) => [o.kind, o.done])).toEqual([
      ['pledge', false],
      ['seal-line', false],
      ['website-notice', false],
      ['government-approval', true],
      ['licence', false],
      ['credit-push', true],
      ['power-price', false],
    ]);
    expect(closed[1]).toMatchObject({ lineName: '水泥磨机 Φ2.2m', dueDate: '2022-12-31', days: -281 });
    expect(closed[3]).toMatchObject({ authority: '示例县人民政府', document: '示政字〔2023〕12号', doneDate: '2023-07-04' });
  });

  it('exports credit-push: the firm that missed its exit, with the platform and date pushed', async () => {
    const out = join(dir, '信用推送.xlsx');
    const r = ledger('--db', db, 'export', 'credit-push', '--year', '2023', '--out', out, '--today', '2023-10-08', '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ report: 'credit-push', rows: 1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    expect(text).toContain('未按期完成落后产能退出企业信用信息推送名单');
    expect(text).toContain('宏发水泥有限公司');
    expect(text).toContain('信用山东');
    expect(text).toContain('已推送');
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
