import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger } from '../support/cli';


describe('ledger CLI', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'ledger-cli-')), 'x.sqlite');

  it('init creates the database and reports the schema version', () => {
    const r = ledger('--db', db, 'init');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/数据文件已就绪.*数据结构版本 \d+/);
  });

  it('adds an enterprise and lists it as stable JSON', () => {
    expect(ledger('--db', db, 'enterprises', 'add', '--name', '华为技术有限公司', '--uscc', '914403001922038216').code).toBe(0);
    const r = ledger('--db', db, 'enterprises', 'list', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).toEqual([
      'id', 'name', 'uscc', 'town', 'industry', 'status', 'address', 'legalRep', 'contact', 'phone',
      'performanceClass', 'envCredit', 'notes', 'county', 'createdAt', 'updatedAt',
    ]);
    expect(rows[0]).toMatchObject({ name: '华为技术有限公司', uscc: '914403001922038216' });
  });

  it('refuses the same credit code again with a Chinese message on stderr and a non-zero exit', () => {
    const r = ledger('--db', db, 'enterprises', 'add', '--name', '华为', '--uscc', '914403001922038216');
    expect(r.code).toBe(1);
    expect(r.err).toContain('已被「华为技术有限公司」使用');
    expect(r.out).toBe('');
  });

  it('lists capacity lines as JSON', () => {
    const r = ledger('--db', db, 'lines', 'list', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('check reports integrity and the schema version', () => {
    const r = ledger('--db', db, 'check', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, problem: null });
  });

  it('explains an unknown command or flag in Chinese with exit code 2', () => {
    expect(ledger('--db', db, 'frobnicate')).toMatchObject({ code: 2 });
    const r = ledger('--db', db, 'enterprises', 'list', '--colour');
    expect(r.code).toBe(2);
    expect(r.err).toContain('参数有误');
  });
});

describe('ledger CLI lines add', () => {
  const lineDb = join(mkdtempSync(join(tmpdir(), 'ledger-cli-lines-')), 'x.sqlite');
  beforeAll(() => {
    expect(ledger('--db', lineDb, 'enterprises', 'add', '--name', '华为技术有限公司', '--uscc', '914403001922038216').code).toBe(0);
  });

  it('adds a capacity line to an enterprise named by its credit code, the capacity with its unit', () => {
    const r = ledger('--db', lineDb, 'lines', 'add', '--enterprise', '914403001922038216', '--name', '中频炉', '--capacity', '3万吨', '--plan-year', '2026', '--planned-exit', '2026年10月31日', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ enterpriseName: '华为技术有限公司', name: '中频炉', capacity: 3, capacityUnit: '万吨', planYear: 2026, plannedExitDate: '2026-10-31' });
    const lines = JSON.parse(ledger('--db', lineDb, 'lines', 'list', '--json').out) as { name: string }[];
    expect(lines.map((l) => l.name)).toEqual(['中频炉']);
  });

  it('refuses a line for an unknown enterprise, and a capacity that is not a number, saying which column', () => {
    const unknown = ledger('--db', lineDb, 'lines', 'add', '--enterprise', '不存在的企业', '--name', '冲天炉');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('「所属企业」找不到名为「不存在的企业」的企业');
    const notNumber = ledger('--db', lineDb, 'lines', 'add', '--enterprise', '华为技术有限公司', '--name', '冲天炉', '--capacity', '三万吨');
    expect(notNumber.code).toBe(1);
    expect(notNumber.err).toContain('「产能」应为数字');
    expect(JSON.parse(ledger('--db', lineDb, 'lines', 'list', '--json').out)).toHaveLength(1);
  });
});

describe('ledger CLI backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-backup-'));
  const db = join(dir, 'x.sqlite');

  it('round-trips: backup, change, restore --from brings the data back', () => {
    expect(ledger('--db', db, 'enterprises', 'add', '--name', '鑫达铸造有限公司').code).toBe(0);
    const out = join(dir, '备份.sqlite');
    expect(ledger('--db', db, 'backup', '--out', out)).toMatchObject({ code: 0 });
    expect(ledger('--db', db, 'enterprises', 'add', '--name', '备份后新增的企业').code).toBe(0);
    const r = ledger('--db', db, 'restore', '--from', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('恢复前的数据已备份到');
    const names = (JSON.parse(ledger('--db', db, 'enterprises', 'list', '--json').out) as { name: string }[]).map((e) => e.name);
    expect(names).toEqual(['鑫达铸造有限公司']);
  });

  it('lists backups as JSON, the safety backup among them', () => {
    expect(ledger('--db', db, 'backup').code).toBe(0);
    const list = JSON.parse(ledger('--db', db, 'backups', 'list', '--json').out) as { reason: string; counts: { enterprises: number } }[];
    expect(list.map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
  });

  it('refuses to restore a file that is not a backup', () => {
    const bogus = join(dir, 'not-a-backup.sqlite');
    writeFileSync(bogus, '这不是数据库');
    const r = ledger('--db', db, 'restore', '--from', bogus);
    expect(r.code).toBe(1);
    expect(r.err).toContain('不是本软件的备份文件');
  });
});
