import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { openLedger } from '../../src/main/openLedger';
import { CAPACITY_LINE_TABLE } from '../../src/main/db/repositories/capacityLines';
import { insertRow } from '../../src/main/db/sql';
import { cityTemplate } from '../support/cityTemplates';
import { templateFods } from '../support/fods';
import { hasSoffice } from '../support/render';
import { convertWithLibreOffice, newProfileDir } from '../support/libreoffice';
import { ledger } from '../support/cli';

const HOSTILE = '=HYPERLINK("http://x","y")';

describe('ledger tasks and export from a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), '命令行报表-'));
  const db = join(dir, '台账.sqlite');

  beforeAll(() => {
    expect(ledger('--db', db, 'enterprises', 'add', '--name', HOSTILE, '--town', '城关镇', '--industry', '铸造').code).toBe(0);
    expect(ledger('--db', db, 'enterprises', 'add', '--name', '示例县宏达铸造有限公司', '--town', '北关镇', '--industry', '铸造').code).toBe(0);
    // Lines have no CLI command yet: they go straight into the file.
    const { db: conn } = openLedger(db);
    const at = new Date().toISOString();
    for (const [enterpriseId, name] of [[1, '中频炉'], [2, '冲天炉']] as const) {
      insertRow(conn, CAPACITY_LINE_TABLE, { enterpriseId, name, capacity: 1.5, capacityUnit: '万吨', quantity: 1, quantityUnit: '台', planYear: 2026, exitDate: '2026-09-15' }, at);
    }
    conn.close();
  });

  it('adopts a preset plan with the departments mapped, adds a task and lists them as JSON', () => {
    const adopted = ledger('--db', db, 'tasks', 'adopt', '--preset', 'nantong-2017', '--year', '2026', '--map', '各相关行业协会=县工商联', '--map', '市人社局=县人力资源和社会保障局', '--json');
    expect(adopted.code, adopted.err).toBe(0);
    const a = JSON.parse(adopted.out) as { count: number; departments: { source: string; proposed: string }[]; yearShift: unknown };
    expect(a.count).toBe(23);
    expect(a.departments).toContainEqual({ source: '市经信委', proposed: '县工信局', remembered: false, unmatched: false });
    expect(a.departments).toContainEqual({ source: '各相关行业协会', proposed: '县工商联', remembered: false, unmatched: false });
    expect(a.yearShift).toEqual({ from: 2017, to: 2026, moved: 0 });

    const added = ledger('--db', db, 'tasks', 'add', '--year', '2026', '--section', '保障措施', '--content', '县级补充任务', '--lead', '县工信局、县财政局', '--completion', '10月30日前', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({ leadDepartments: ['县工信局', '县财政局'], completionText: '10月30日前', completionDate: '2026-10-30' });

    const list = JSON.parse(ledger('--db', db, 'tasks', 'list', '--year', '2026', '--json').out) as Record<string, unknown>[];
    expect(list).toHaveLength(24);
    expect(Object.keys(list[0]!)).toEqual(['id', 'year', 'section', 'category', 'content', 'leadDepartments', 'cooperatingDepartments', 'completionText', 'completionDate', 'progress', 'sortOrder']);
  });

  it('prints the department mapping table and refuses a --map for a department the plan does not name', () => {
    const other = join(dir, 'mapping.sqlite');
    const r = ledger('--db', other, 'tasks', 'adopt', '--preset', 'shandong-2017', '--year', '2026', '--map', '煤炭工业局=县发改局');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('方案为2017年');
    expect(r.out).toMatch(/上级方案中的部门\s+本县对应部门\s+说明/);
    expect(r.out).toMatch(/煤炭工业局\s+县发改局\s+--map 指定/);
    expect(r.out).toMatch(/银监会山东监管局\s+县金融服务中心/);
    const bad = ledger('--db', other, 'tasks', 'adopt', '--preset', 'shandong-2017', '--map', '市教育局=县教育局');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('没有部门「市教育局」');
  });

  it('exports the annex as .docx and .xlsx under Chinese file names', () => {
    for (const ext of ['docx', 'xlsx']) {
      const out = join(dir, `附件1 重点工作与职责分工.${ext}`);
      const r = ledger('--db', db, 'export', 'annex', '--year', '2026', '--out', out, '--json');
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toEqual({ report: 'annex', year: 2026, format: ext, file: out, rows: 24 });
      expect(existsSync(out)).toBe(true);
    }
  });

  it('exports every list, the formula-like name as literal text', async () => {
    for (const name of ['tasks-list', 'exit-list', 'yellow', 'red', 'over-limit', 'overdue', 'summary']) {
      const r = ledger('--db', db, 'export', name, '--year', '2026', '--out', join(dir, `${name}.xlsx`));
      expect(r.code, `${name}: ${r.err}`).toBe(0);
      expect(r.out).toContain('已导出');
    }
    const file = join(dir, 'exit-list.xlsx');
    const raw = XLSX.read(readFileSync(file), { cellFormula: true }).Sheets['退出名单']!;
    expect(Object.keys(raw).filter((k) => !k.startsWith('!') && (raw[k] as XLSX.CellObject).f !== undefined)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]!.getColumn(3).values).toContain(HOSTILE);
  });

  it('refuses a list as .docx and an unknown report with exit code 2', () => {
    expect(ledger('--db', db, 'export', 'yellow', '--year', '2026', '--out', join(dir, 'x.docx'))).toMatchObject({ code: 2 });
    const r = ledger('--db', db, 'export', 'frobnicate', '--year', '2026', '--out', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知报表');
  });

  it.skipIf(!hasSoffice())('fills a city template and remembers the mapping under the header and a profile name', async () => {
    const fods = join(dir, '市退出情况表.fods');
    writeFileSync(fods, templateFods(cityTemplate()));
    const template = await convertWithLibreOffice(fods, 'xls', dir, newProfileDir());
    const out = join(dir, '市退出情况表（已填）.xlsx');
    const r = ledger('--db', db, 'export', 'template', '--template', template, '--out', out, '--year', '2026', '--source', 'exited', '--profile', '市退出表', '--json');
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { rows: number; sheet: string; mapping: { column: string; header: string; target: string }[]; profileName: string | null };
    expect(result).toMatchObject({ rows: 2, sheet: '退出情况', profileName: null });
    expect(result.mapping).toContainEqual({ column: 'B', header: '企业名称', target: 'enterprise.name' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.getCell('B6').value).toBe(HOSTILE);

    const again = JSON.parse(ledger('--db', db, 'export', 'template', '--template', template, '--out', out, '--profile', '市退出表', '--json').out) as { profileName: string };
    expect(again.profileName).toBe('市退出表');
    // The same header without --profile finds the saved mapping by itself.
    const third = JSON.parse(ledger('--db', db, 'export', 'template', '--template', template, '--out', out, '--json').out) as { profileName: string };
    expect(third.profileName).toBe('市退出表');
  });
});
