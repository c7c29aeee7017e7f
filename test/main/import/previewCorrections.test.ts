import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/main/openLedger';
import { listAuditBatch } from '../../../src/main/db/repositories/audit';
import { listCapacityLines } from '../../../src/main/db/repositories/capacityLines';
import { ImportSession } from '../../../src/main/import/session';
import { PreviewCorrections } from '../../../src/main/import/corrections';
import { parseFileData } from '../../../src/main/import/parse';
import { buildImportPlan, replanRefusedRow } from '../../../src/main/import/plan';
import { proposeMapping } from '../../../src/shared/import/mapping';
import { memoryContext } from '../../support/db';
import { auditSourceText } from '../../../src/shared/rules/auditText';

/**
 * Issue 11 item 6: a refused cell is corrected inside 预览. The row is checked again at once with
 * the import's own rules and becomes 新增 or 更新; 导入 takes every row valid at that moment; the
 * corrections are in the import's audit batch as edits of the values the file had.
 */
const dirs: string[] = [];
const sessions: ImportSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function ledgerFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-correct-'));
  dirs.push(dir);
  const file = join(dir, 'ledger.db');
  openLedger(file).db.close();
  return file;
}

/** A county sheet saved from WPS as UTF-8 with BOM: a title, a refused unit (row 4) and a limit no calendar has (row 5). */
const CSV =
  '\ufeff阳谷县2022年落后产能退出排查摸底台账,,,,,,,\r\n' +
  '序号,企业名称,设备名称,产能,产能单位,处置措施,退出方式,计划退出时间\r\n' +
  '1,阳谷县鑫达铸造（集团）有限公司,中频炉（一号）,30万吨,万吨/年,限期整改,拆除,2022年10月底前\r\n' +
  '2,阳谷县鑫达铸造（集团）有限公司,中频炉（二号）,30万条,万吨/年,限期整改,拆除,2022年10月底前\r\n' +
  '3,阳谷县华通水泥有限责任公司,水泥磨机,60万t,,停产整治,关停整个企业,2022年13月底前\r\n' +
  '合计,,,,,,,\r\n';
const CAPACITY = 3;
const LIMIT = 7;

async function previewed(file: string) {
  const session = ImportSession.open(file);
  sessions.push(session);
  const parsed = await session.parse(new TextEncoder().encode(CSV), '阳谷县台账.csv');
  const sheet = parsed.sheets[0]!.name;
  const { mapping } = await session.proposeMapping(sheet);
  const plan = await session.preview(sheet, mapping);
  return { session, sheet, mapping, plan };
}

const rowOf = async (session: ImportSession, n: number) => (await session.rows(0, 100)).rows.find((r) => r.sourceRow === n)!;

describe('correcting a refused cell in 预览', () => {
  it('checks the row again at once: 在预览中改正错误单元格后该行立即重新校验，成为新增或更新', async () => {
    const { session, plan } = await previewed(ledgerFile());
    expect(plan.counts).toMatchObject({ new: 1, error: 2 });
    expect((await rowOf(session, 4)).errors[0]!.reason).toContain('万条');
    expect((await rowOf(session, 5)).errors.map((e) => e.column)).toEqual(['计划退出时间']);

    // Still wrong: still refused, with the reason for what was typed now.
    const still = await session.correct(5, LIMIT, '2022年14月');
    expect(still.counts).toMatchObject({ new: 1, error: 2 });
    expect((await rowOf(session, 5)).errors[0]!.reason).toContain('2022年14月');

    const fixed = await session.correct(5, LIMIT, '2022年11月底前');
    expect(fixed.counts).toMatchObject({ new: 2, error: 1 });
    const row5 = await rowOf(session, 5);
    expect(row5.status).toBe('new');
    expect(row5.entities.line!.values.plannedExitDate).toBe('2022-11-30');
    expect(row5.cells[LIMIT]).toBe('2022年11月底前');
    expect(row5.corrected).toEqual([{ column: LIMIT, original: '2022年13月底前' }]);

    // Typing the file's value again takes the correction back.
    await session.correct(5, LIMIT, '2022年13月底前');
    expect((await rowOf(session, 5)).corrected).toEqual([]);
    expect((await rowOf(session, 5)).status).toBe('error');
  });

  it('imports every row valid at that moment, the corrections in the batch as edits of the file values, and undoes it', async () => {
    const file = ledgerFile();
    const { session } = await previewed(file);
    await session.correct(4, CAPACITY, '30万吨');
    await session.correct(5, LIMIT, '2022年11月底前');
    const result = await session.commit();
    expect(result.counts).toMatchObject({ rowsNew: 3, rowsError: 0 });

    const { db } = openLedger(file);
    try {
      const lines = listCapacityLines(db).map((l) => [l.name, l.capacity, l.capacityUnit, l.plannedExitDate]);
      expect(lines).toEqual(
        expect.arrayContaining([
          ['中频炉（二号）', 30, '万吨', '2022-10-31'],
          ['水泥磨机', 60, '万吨', '2022-11-30'],
        ]),
      );
      const batch = listAuditBatch(db, result.importId!);
      const fixes = batch.filter((e) => e.source !== `import:${result.importId}`);
      expect(fixes.map((e) => [e.entity, e.action, e.field, e.oldValue, e.newValue])).toEqual([
        ['capacityLine', 'update', 'capacity', '30万条', 30],
        ['capacityLine', 'update', 'plannedExitDate', '2022年13月底前', '2022-11-30'],
      ]);
      expect(auditSourceText(fixes[0]!.source)).toBe('导入时在预览中更正');
      // Each follows its row's creation in the batch.
      const created = batch.find((e) => e.action === 'create' && e.entity === 'capacityLine' && e.entityId === fixes[1]!.entityId)!;
      expect(created.id).toBeLessThan(fixes[1]!.id);
    } finally {
      db.close();
    }

    const undone = await session.undo(result.importId!);
    expect(undone.fieldsRestored).toBe(0);
    const after = openLedger(file).db;
    expect(listCapacityLines(after)).toEqual([]);
    after.close();
  });

  it('forgets the corrections when the file is read again', async () => {
    const { session, sheet, mapping } = await previewed(ledgerFile());
    await session.correct(5, LIMIT, '2022年11月底前');
    await session.parse(new TextEncoder().encode(CSV), '阳谷县台账.csv');
    const again = await session.preview(sheet, mapping);
    expect(again.counts).toMatchObject({ new: 1, error: 2 });
  });

  it('refuses a cell outside the previewed rows by its row', async () => {
    const { session } = await previewed(ledgerFile());
    await expect(session.correct(6, LIMIT, '2022年10月')).rejects.toThrow('第 6 行不是这张表的数据行');
  });
});

describe('a correction that leaves its row refused', () => {
  const setUp = () => {
    const ctx = memoryContext();
    const parsed = parseFileData(new TextEncoder().encode(CSV), '阳谷县台账.csv');
    const table = parsed.sheets[0]!.table!;
    const { mapping } = proposeMapping(table.columns, table.titleYear);
    const input = { fileName: '阳谷县台账.csv', table, mapping };
    return { ctx, table, input, plan: buildImportPlan(ctx.db, input), corrections: new PreviewCorrections() };
  };

  it('reads that row again alone, with the same result as planning the whole sheet again, every other row left as it was', () => {
    const { ctx, table, input, plan, corrections } = setUp();
    const others = plan.rows.filter((r) => r.sourceRow !== 5);
    corrections.set(table, 5, LIMIT, '2022年14月');
    const alone = replanRefusedRow(ctx.db, plan, input, corrections.row(table, 5)!);
    expect(alone).toBe(plan);
    alone!.rows.filter((r) => r.sourceRow !== 5).forEach((r, i) => expect(r).toBe(others[i]));
    const whole = buildImportPlan(ctx.db, { ...input, table: corrections.apply(table) });
    expect(alone!.rows).toEqual(whole.rows);
    expect(alone!.counts).toEqual(whole.counts);
    expect(alone!.rows.find((r) => r.sourceRow === 5)!.errors[0]!.reason).toContain('2022年14月');
  });

  it('leaves a row that is valid now, or was valid before, to planning the whole sheet again (the rows after it may change)', () => {
    const { ctx, table, input, plan, corrections } = setUp();
    corrections.set(table, 5, LIMIT, '2022年11月底前');
    expect(replanRefusedRow(ctx.db, plan, input, corrections.row(table, 5)!)).toBeNull();
    corrections.set(table, 3, LIMIT, '2022年14月');
    expect(replanRefusedRow(ctx.db, plan, input, corrections.row(table, 3)!)).toBeNull();
  });
});
