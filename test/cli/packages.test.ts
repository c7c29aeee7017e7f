import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { Io } from '../../src/cli/output';

/** The CLI in-process: same argv parsing, output and exit codes as the `ledger` binary. */
async function ledger(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => void out.push(t), err: (t) => void err.push(t) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ledger export package and ledger import-packages', () => {
  const dir = mkdtempSync(join(tmpdir(), '报送包-'));
  const inbox = join(dir, '收件');
  mkdirSync(inbox);

  it('a county exports its package and the city rolls a folder of them up, refusing what it must', async () => {
    for (const [county, firm, uscc] of [['冠县', '冠县宏达铸造有限公司', '91371525MA3C4X1Y2B'], ['阳谷县', '阳谷县宏达铸造分厂', '91371525MA3C4X1Y2B'], ['莘县', '莘县水泥厂', '']] as const) {
      const db = join(dir, `${county}.sqlite`);
      expect((await ledger('--db', db, 'settings', 'set', '--county', county, '--year', '2026')).code).toBe(0);
      expect((await ledger('--db', db, 'enterprises', 'add', '--name', firm, ...(uscc ? ['--uscc', uscc] : []), '--town', '城关镇', '--industry', '铸造')).code).toBe(0);
      const r = await ledger('--db', db, 'export', 'package', '--year', '2026', '--out', join(inbox, `${county}2026年报送包.xlsx`), '--json');
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ county, year: 2026, rows: { enterprises: 1, lines: 0, cases: 0, tasks: 0, milestones: 0 } });
    }
    const city = join(dir, '聊城市.sqlite');
    const county = await ledger('--db', city, 'import-packages', inbox);
    expect(county.code).toBe(1);
    expect(county.err).toMatch(/本级为「县」/);
    expect((await ledger('--db', city, 'settings', 'set', '--level', '市', '--county', '聊城市')).code).toBe(0);
    expect(JSON.parse((await ledger('--db', city, 'settings', 'show', '--json')).out)).toMatchObject({ level: '市' });

    const preview = await ledger('--db', city, 'import-packages', inbox, '--dry-run', '--json');
    expect(preview.code).toBe(0);
    const planned = JSON.parse(preview.out) as { dryRun: boolean; files: { county: string; verdict: string; changes: { enterprises: { added: number } } }[] };
    expect(planned.dryRun).toBe(true);
    expect(planned.files.map((f) => [f.county, f.verdict, f.changes.enterprises.added])).toEqual([['冠县', 'new', 1], ['莘县', 'new', 1], ['阳谷县', 'new', 1]]);

    const done = await ledger('--db', city, 'import-packages', inbox);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/冠县2026年报送包\.xlsx\s+冠县\s+.*新收\s+企业 新增1\/更新0\/删除0/);
    expect(done.err).toMatch(/统一社会信用代码 91371525MA3C4X1Y2B 同时出现在冠县（冠县宏达铸造有限公司）和阳谷县/);
    expect(done.err).toMatch(/同时出现在阳谷县（阳谷县宏达铸造分厂）和冠县/);

    // The same folder again: nothing changes; a copy under another name is the same package.
    copyFileSync(join(inbox, '冠县2026年报送包.xlsx'), join(inbox, '冠县-重发.xlsx'));
    const again = await ledger('--db', city, 'import-packages', inbox, '--json');
    expect((JSON.parse(again.out) as { files: { verdict: string }[] }).files.map((f) => f.verdict)).toEqual(['same', 'same', 'same', 'same']);
  });

  it('shows the 报送情况 board: received with date and rows, missing, out of date; and exports it', async () => {
    const db = join(dir, '看板.sqlite');
    const cityDir = join(dir, '看板收件');
    mkdirSync(cityDir);
    for (const county of ['冠县', '莘县']) {
      const cdb = join(dir, `看板-${county}.sqlite`);
      await ledger('--db', cdb, 'settings', 'set', '--county', county, '--year', county === '莘县' ? '2025' : '2026');
      await ledger('--db', cdb, 'enterprises', 'add', '--name', `${county}某铸造厂`, '--town', '城关镇');
      expect((await ledger('--db', cdb, 'export', 'package', '--out', join(cityDir, `${county}.xlsx`))).code).toBe(0);
    }
    await ledger('--db', db, 'settings', 'set', '--level', '市', '--county', '聊城市', '--year', '2026');
    expect((await ledger('--db', db, 'packages', 'counties', '冠县、阳谷县，莘县')).out).toBe('本市县（市、区）：冠县、阳谷县、莘县');
    await ledger('--db', db, 'import-packages', cityDir);
    const out = join(dir, '报送情况.xlsx');
    const r = await ledger('--db', db, 'packages', 'status', '--out', out, '--json');
    expect(r.code, r.err).toBe(0);
    const board = JSON.parse(r.out) as { counties: { county: string; state: string; rows: number | null }[] };
    expect(board.counties.map((c) => [c.county, c.state, c.rows])).toEqual([['冠县', '已报送', 1], ['莘县', '已过期', 1], ['阳谷县', '未报送', null]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('聊城市2026年落后产能退出台账各县（市、区）报送情况');
    expect(wb.worksheets[0]!.getRow(5).getCell(3).value).toBe('未报送');
  });

  it('names the year and file it wants', async () => {
    const db = join(dir, '未设置.sqlite');
    const r = await ledger('--db', db, 'export', 'package', '--out', join(dir, 'x.xls'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out 文件应以 \.xlsx 结尾/);
    const noCounty = await ledger('--db', db, 'export', 'package', '--out', join(dir, 'x.xlsx'));
    expect(noCounty.code).toBe(1);
    expect(noCounty.err).toMatch(/请先在「设置」中填写本县（市、区）名称/);
  });
});
