import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/main/openLedger';
import { upsertImportProfile } from '../../src/main/db/repositories/importRuns';
import { headerSignature } from '../../src/shared/import/mapping';
import { CODE_JIA, EXPECTED, ledgerCsvGb18030 } from '../support/countySheet';
import { ledger } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command creates the file itself; the test reads it in-process (a spawn costs seconds). */
const freshDb = (name: string): string => join(mkdtempSync(join(dir, `${name}-`)), 'ledger.sqlite');

function read<T>(db: string, sql: string): T[] {
  const opened = openLedger(db);
  try {
    return opened.db.prepare(sql).all() as T[];
  } finally {
    opened.db.close();
  }
}

const county = join(dir, '台账.csv');
writeFileSync(county, ledgerCsvGb18030());

describe('ledger import', () => {
  it('--dry-run --json reports what would happen, each error with row, column and reason, and writes nothing', () => {
    const db = freshDb('dry');
    const r = ledger('--db', db, 'import', county, '--dry-run', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Record<string, unknown> & { errors: { row: number; column: string; reason: string }[] };
    expect(Object.keys(report)).toEqual(['file', 'sheet', 'profile', 'dryRun', 'importId', 'dataRows', 'added', 'updated', 'unchanged', 'refused', 'skipped', 'errors', 'planYears', 'warnings']);
    expect(report).toMatchObject({ file: county, sheet: '台账', profile: null, dryRun: true, importId: null, added: 4, updated: 0, unchanged: 0, refused: 1 });
    // Every row below the two-row header: 5 data rows, 2 blank, 合计 and 2 footnotes.
    expect(report).toMatchObject({ dataRows: 10, skipped: 5 });
    expect(report.errors.every((e) => e.row === EXPECTED.errorRow)).toBe(true);
    expect(report.errors.map((e) => e.column)).toEqual(expect.arrayContaining(EXPECTED.errorColumns));
    expect(report.errors[0]!.reason).toMatch(/[\u4e00-\u9fa5]/);
    expect(read(db, 'SELECT * FROM enterprises')).toEqual([]);
    expect(existsSync(join(dirname(db), 'backups'))).toBe(false);
  });

  it('imports the valid rows after a pre-import backup; importing the same file again changes nothing', () => {
    const db = freshDb('real');
    const r = ledger('--db', db, 'import', county, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { importId: string | null; added: number };
    expect(report.importId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.added).toBe(4);
    const names = read<{ name: string }>(db, 'SELECT name FROM enterprises').map((e) => e.name).sort();
    expect(names).toEqual(EXPECTED.enterprises.map((e) => e.name).sort());
    expect(readdirSync(join(dirname(db), 'backups')).filter((f) => f.endsWith('.sqlite'))).toEqual([expect.stringMatching(/pre-import/)]);

    const again = ledger('--db', db, 'import', county, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ importId: null, added: 0, updated: 0, unchanged: 4 });
  });

  it('prints a Chinese summary without --json', () => {
    const r = ledger('--db', freshDb('text'), 'import', county, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain('表头以下 10 行，新增 4 行，更新 0 行，无变化 0 行，错误 1 行，跳过 5 行');
    expect(r.out).toContain(`第 ${EXPECTED.errorRow} 行「统一社会信用代码」`);
    expect(r.out).toContain('试运行');
  });

  it('maps by a named profile, finding its columns again by header text', () => {
    const db = freshDb('profile');
    const opened = openLedger(db);
    const saved = ['企业名称', '设备名称'].map((name, index) => ({ index, name, parts: [name] }));
    const mapping = { fields: [{ target: 'enterprise.name', column: 0 }, { target: 'line.name', column: 1 }, { target: 'enterprise.town', constant: '河口镇' }] };
    upsertImportProfile(opened.db, { signature: headerSignature(saved), name: '简表', mapping: JSON.stringify(mapping), at: '2024-07-01T00:00:00Z' });
    opened.db.close();
    const file = join(dir, '简表.csv');
    writeFileSync(file, iconv.encode('序号,设备名称,企业名称\r\n1,冲天炉,戊铸造厂\r\n', 'gb18030'));
    const r = ledger('--db', db, 'import', file, '--profile', '简表', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ profile: '简表', added: 1, errors: [] });
    expect(read(db, 'SELECT name, town FROM enterprises')).toEqual([{ name: '戊铸造厂', town: '河口镇' }]);

    const missing = ledger('--db', db, 'import', file, '--profile', '没有这个方案');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('没有名为「没有这个方案」的导入方案');
    expect(missing.err).toContain('「简表」');
  });

  it('chooses a sheet with --sheet and names the sheets when it is not there', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['填表说明：见第二页']]), '说明');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['企业名称', '乡镇'], ['己建材有限公司', '城关镇']]), '名录');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['企业名称', '乡镇'], ['庚纸业有限公司', '西湖镇']]), '补充');
    const file = join(dir, '两张表.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const db = freshDb('sheets');
    expect(JSON.parse(ledger('--db', db, 'import', file, '--dry-run', '--json').out)).toMatchObject({ sheet: '名录', added: 1 });
    expect(JSON.parse(ledger('--db', db, 'import', file, '--sheet', '补充', '--json').out)).toMatchObject({ sheet: '补充', added: 1 });
    const r = ledger('--db', db, 'import', file, '--sheet', '第三页');
    expect(r.code).toBe(1);
    expect(r.err).toContain('「说明」、「名录」、「补充」');
  });

  it('carries the warnings the wizard shows: a credit code whose check character does not match', () => {
    const wrongCheck = CODE_JIA.slice(0, 17) + (CODE_JIA.endsWith('1') ? '2' : '1');
    const file = join(dir, '校验位.csv');
    writeFileSync(file, `企业名称,统一社会信用代码\r\n癸钢铁有限公司,${wrongCheck}\r\n`);
    const r = ledger('--db', freshDb('warn'), 'import', file, '--dry-run', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { added: number; warnings: { row: number; column: string; reason: string }[] };
    expect(report.added).toBe(1);
    expect(report.warnings).toEqual([{ row: 2, column: '统一社会信用代码', reason: expect.stringMatching(/校验/) }]);
  });

  it('exits 1 when no row can be imported, still reporting every error', () => {
    const file = join(dir, '全错.csv');
    writeFileSync(file, '企业名称,统一社会信用代码\r\n辛公司,ABC\r\n壬公司,123\r\n');
    const r = ledger('--db', freshDb('bad'), 'import', file, '--json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { errors: unknown[] }).errors).toHaveLength(2);
    expect(r.err).toContain('没有可导入的有效行');
  });

  it('exits 1 for a file that is not a spreadsheet and 2 without a file', () => {
    const file = join(dir, '说明.docx.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const db = freshDb('usage');
    const r = ledger('--db', db, 'import', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^错误：文件「说明\.docx\.txt」/);
    expect(ledger('--db', db, 'import').code).toBe(2);
  });
});

describe('ledger settings, and the plan years an import reads (issue 11)', () => {
  it('settings set and show --json; the import JSON says where each plan year came from', () => {
    const db = freshDb('settings');
    const set = ledger('--db', db, 'settings', 'set', '--county', '阳谷县', '--year', '2022', '--operator', '王磊', '--json');
    expect(set.code).toBe(0);
    expect(JSON.parse(ledger('--db', db, 'settings', 'show', '--json').out)).toEqual({ countyName: '阳谷县', level: '县', year: 2022, operatorName: '王磊' });
    expect(ledger('--db', db, 'settings', 'set', '--year', '二〇二二').code).toBe(2);
    const sheet = join(dir, '阳谷县台账.csv');
    writeFileSync(sheet, iconv.encode('阳谷县2021年落后产能退出台账\r\n企业名称,设备名称,计划退出年度,计划退出时间\r\n甲公司,中频炉,,2023.12\r\n甲公司,冲天炉,,\r\n乙公司,电弧炉,2024,10月底前\r\n', 'gb18030'));
    const r = ledger('--db', db, 'import', sheet, '--dry-run', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).planYears).toEqual([
      { row: 3, year: 2023, from: 'date', label: '本行的完成时限' },
      { row: 4, year: 2021, from: 'title', label: '表格标题中的年度' },
      { row: 5, year: 2024, from: 'column', label: '本行的「计划退出年度」' },
    ]);
  });
});
