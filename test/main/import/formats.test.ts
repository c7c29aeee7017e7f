import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCapacityLines } from '../../../src/main/db/repositories/capacityLines';
import { listCases } from '../../../src/main/db/repositories/cases';
import { listEnterprises } from '../../../src/main/db/repositories/enterprises';
import { countAuditEntries } from '../../../src/main/db/repositories/audit';
import { parseFileData } from '../../../src/main/import/parse';
import type { ServiceContext } from '../../../src/main/services/context';
import { writeFods } from '../../support/fods';
import { EXPECTED, ledgerCsvGb18030, ledgerSheet } from '../../support/countySheet';
import { hashDatabaseFile, openTempLedger } from '../../support/db';
import { convertWithLibreOffice, hasSoffice, newProfileDir } from '../../support/libreoffice';
import { importFile, previewFile } from '../../support/importPipeline';

const dir = mkdtempSync(join(tmpdir(), 'import-formats-'));
const files: Record<'xlsx' | 'xls' | 'csv', { name: string; data: Buffer }> = {} as never;
const profile = newProfileDir();
afterAll(() => [dir, profile].forEach((d) => rmSync(d, { recursive: true, force: true })));

beforeAll(async () => {
  const fods = join(dir, '台账.fods');
  writeFileSync(fods, writeFods([ledgerSheet()]));
  for (const format of ['xlsx', 'xls'] as const) {
    const out = await convertWithLibreOffice(fods, format, dir, profile);
    files[format] = { name: `台账.${format}`, data: readFileSync(out) };
  }
  files.csv = { name: '台账.csv', data: ledgerCsvGb18030() };
}, 180_000);

function ledgerOf(ctx: ServiceContext) {
  return {
    enterprises: listEnterprises(ctx.db).map((e) => ({ name: e.name, uscc: e.uscc, town: e.town })),
    lines: listCapacityLines(ctx.db).map((l) => ({
      enterpriseName: l.enterpriseName, name: l.name, spec: l.spec, capacity: l.capacity, capacityUnit: l.capacityUnit, exitMethod: l.exitMethod, notes: l.notes,
    })),
    cases: listCases(ctx.db).map((c) => ({ enterpriseName: c.enterpriseName, dimension: c.dimension, noticeDate: c.noticeDate })),
  };
}

describe.skipIf(!hasSoffice())('importing the county ledger fixture', () => {
  const opened: { close(): void }[] = [];
  afterAll(() => opened.forEach((o) => o.close()));

  for (const format of ['xlsx', 'xls', 'csv'] as const) {
    describe(`as .${format}`, () => {
      it('finds the two-row header, the data rows, the blank, 合计 and footnote rows', () => {
        const parsed = parseFileData(files[format].data, files[format].name);
        expect(parsed.format).toBe(format);
        if (format === 'csv') expect(parsed.encoding).toBe('gb18030');
        const t = parsed.sheets[0]!.table!;
        expect(t.header).toEqual(EXPECTED.header);
        expect(t.titleRows).toEqual([1]);
        expect(t.infoRows).toEqual([2]);
        expect(t.serialColumns.map((c) => c.name)).toEqual(['序号']);
        expect(t.columns.map((c) => c.name)).toContain('退出产能/数值');
        expect(t.columns.map((c) => c.name)).toContain('退出产能/单位');
        expect(t.rows.map((r) => r.sourceRow)).toEqual(EXPECTED.dataRows);
        expect(t.blankRows).toEqual(EXPECTED.blankRows);
        expect(t.totalRows).toEqual(EXPECTED.totalRows);
        expect(t.footnoteRows).toEqual(EXPECTED.footnoteRows);
      });

      it('imports every valid row exactly and reports each error by row and column', () => {
        const led = openTempLedger();
        opened.push(led);
        const { plan, result } = importFile(led.ctx, files[format].data, files[format].name);
        expect(plan.counts).toMatchObject({ rows: 5, new: 4, error: 1, enterprisesCreated: 3, linesCreated: 4, casesCreated: 4 });
        const bad = plan.rows.find((r) => r.status === 'error')!;
        expect(bad.sourceRow).toBe(EXPECTED.errorRow);
        expect(bad.errors.map((e) => e.column)).toEqual(EXPECTED.errorColumns);
        expect(bad.errors.every((e) => e.row === EXPECTED.errorRow && /请/.test(e.reason))).toBe(true);
        expect(result.importId).not.toBeNull();
        expect(ledgerOf(led.ctx)).toEqual({ enterprises: EXPECTED.enterprises, lines: EXPECTED.lines, cases: EXPECTED.cases });
      });

      it('changes nothing when the same file is imported again', () => {
        const led = openTempLedger();
        opened.push(led);
        importFile(led.ctx, files[format].data, files[format].name);
        const before = hashDatabaseFile(led.ctx.db, led.file);
        const audit = countAuditEntries(led.ctx.db);
        const again = previewFile(led.ctx, files[format].data, files[format].name);
        expect(again.counts).toMatchObject({ new: 0, update: 0, unchanged: 4, error: 1 });
        expect(again.previousImports).toHaveLength(1);
        const { result } = importFile(led.ctx, files[format].data, files[format].name);
        expect(result.importId).toBeNull();
        expect(countAuditEntries(led.ctx.db)).toBe(audit);
        expect(hashDatabaseFile(led.ctx.db, led.file)).toBe(before);
      });
    });
  }

  it('reads the same rows from .xlsx, .xls and the GB18030 .csv', () => {
    const rowsOf = (f: { name: string; data: Buffer }) => {
      const ctx = openTempLedger();
      opened.push(ctx);
      importFile(ctx.ctx, f.data, f.name);
      return ledgerOf(ctx.ctx);
    };
    const xlsx = rowsOf(files.xlsx);
    expect(rowsOf(files.xls)).toEqual(xlsx);
    expect(rowsOf(files.csv)).toEqual(xlsx);
  });
});
