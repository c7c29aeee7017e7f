import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../src/main/openLedger';
import { createContext } from '../../src/main/services/context';
import { createEnterprise } from '../../src/main/services/enterprises';
import { registerCase, transitionCase } from '../../src/main/services/caseWorkflow';
import { ledger } from '../support/cli';


describe('ledger deadline', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'ledger-cli-deadline-')), 'x.sqlite');

  it('prints the nominal and effective deadline with the explanation as JSON', () => {
    const r = ledger('--db', db, 'deadline', '--dimension', '能耗', '--notice', '2023-04-01', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      nominal: '2023-10-01',
      deadline: '2023-10-07',
      explanation: '2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日）',
    });
  });

  it('counts an extension on from the moved deadline', () => {
    const r = ledger('--db', db, 'deadline', '--dimension', '能耗', '--notice', '2023年4月1日', '--extension-months', '3', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ nominal: '2024-01-07', deadline: '2024-01-08' });
    expect(JSON.parse(r.out).explanation).toContain('延期3个月自2023年10月7日起算');
  });

  it('refuses an extension the rule set does not allow, in Chinese, with exit code 1', () => {
    expect(ledger('--db', db, 'deadline', '--dimension', '能耗', '--notice', '2023-04-01', '--extension-months', '4')).toMatchObject({
      code: 1,
      err: '错误：延期4个月超过规定：延期不超过3个月\n',
    });
    expect(ledger('--db', db, 'deadline', '--dimension', '质量', '--notice', '2023-04-01', '--extension-days', '10').err).toContain('质量维度依规定不予延期');
  });

  it('asks for the period a decision sets, and takes one', () => {
    const r = ledger('--db', db, 'deadline', '--dimension', '环保', '--notice', '2023-04-03');
    expect(r.code).toBe(2);
    expect(r.err).toContain('环保维度的整改期限由决定/命令确定');
    const t = ledger('--db', db, 'deadline', '--dimension', '技术', '--notice', '2021-07-01', '--until', '2021-10-31', '--json');
    // A date the order fixes (a Sunday here) is not moved by the holiday rule; only computed periods are.
    expect(JSON.parse(t.out)).toMatchObject({ nominal: '2021-10-31', deadline: '2021-10-31' });
  });

  it('names the holiday year it lacks', () => {
    const r = ledger('--db', db, 'deadline', '--dimension', '能耗', '--notice', '2026-08-01');
    expect(r.code).toBe(1);
    expect(r.err).toContain('节假日日历尚未包含2027年的放假安排');
  });
});

describe('ledger deadlines', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'ledger-cli-deadlines-')), 'x.sqlite');
  const opened = openLedger(db);
  const ctx = createContext(opened.db, { dbPath: db, now: () => new Date('2023-06-01T02:00:00Z') });
  const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司', town: '城关镇' }).row.id;
  const open = registerCase(ctx, { enterpriseId, dimension: '能耗' }).id;
  transitionCase(ctx, { id: open, transition: 'issue-notice', date: '2023-04-01' });
  const closed = registerCase(ctx, { enterpriseId, dimension: '质量' }).id;
  transitionCase(ctx, { id: closed, transition: 'issue-notice', date: '2023-01-03' });
  transitionCase(ctx, { id: closed, transition: 'reinspect-pass', date: '2023-03-01' });
  opened.db.close();

  it('lists open cases with deadline, days left, band and card as stable JSON', () => {
    const r = ledger('--db', db, 'deadlines', '--today', '2023-09-30', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toEqual([
      {
        id: open,
        enterpriseId,
        enterpriseName: '鑫达铸造有限公司',
        dimension: '能耗',
        status: 'rectifying',
        statusLabel: '限期整改中',
        deadline: '2023-10-07',
        days: 7,
        band: 'soon',
        card: 'yellow',
        overdue: false,
        lists: ['yellow'],
        problem: null,
      },
    ]);
  });

  it('refuses a malformed --today', () => {
    expect(ledger('--db', db, 'deadlines', '--today', '2023-02-30').code).toBe(1);
  });
});
