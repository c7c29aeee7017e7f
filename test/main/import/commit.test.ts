import { describe, expect, it } from 'vitest';
import { listAuditBatch, countAuditEntries } from '../../../src/main/db/repositories/audit';
import { getImportRun } from '../../../src/main/db/repositories/importRuns';
import { createCancelFlag } from '../../../src/main/import/cancel';
import { commitImport } from '../../../src/main/import/commit';
import { undoImport } from '../../../src/main/import/undo';
import { createEnterprise, updateEnterprise } from '../../../src/main/services/enterprises';
import { createCapacityLine } from '../../../src/main/services/capacityLines';
import { LedgerError } from '../../../src/shared/errors';
import { CODE_JIA, ledgerCsvGb18030 } from '../../support/countySheet';
import { IMPORT_DAY, hashDatabaseFile, liveContent, memoryContext, openTempLedger, tickingClock } from '../../support/db';
import { importFile, previewFile } from '../../support/importPipeline';

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

function thrown(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (err) {
    if (err instanceof LedgerError) return err;
    throw err;
  }
  throw new Error('应抛出 LedgerError');
}

describe('committing an import', () => {
  it('tags every audit entry with the import and records the run', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const { result } = importFile(ctx, ledgerCsvGb18030(), '台账.csv');
    const id = result.importId!;
    const entries = listAuditBatch(ctx.db, id);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.batchId === id && e.source === `import:${id}`)).toBe(true);
    expect(countAuditEntries(ctx.db)).toBe(entries.length);
    expect(getImportRun(ctx.db, id)).toMatchObject({ fileName: '台账.csv', rowsTotal: 5, rowsNew: 4, rowsError: 1, enterprisesCreated: 3, linesCreated: 4, casesCreated: 4 });
  });

  it('updates an enterprise found by credit code and fills only the cells the sheet has', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const existing = createEnterprise(ctx, { name: '甲钢铁有限公司', uscc: CODE_JIA, town: '旧城镇', phone: '0531-1' }).row;
    const { plan } = importFile(ctx, ledgerCsvGb18030(), '台账.csv');
    const jia = plan.enterprises.find((e) => e.id === existing.id)!;
    expect(jia).toMatchObject({ action: 'update', values: { town: '城关镇' }, before: { town: '旧城镇' } });
    const row = ctx.db.prepare('SELECT town, phone FROM enterprises WHERE id = ?').get(existing.id);
    expect(row).toEqual({ town: '城关镇', phone: '0531-1' });
  });

  it('matches an enterprise without a credit code by its exact name', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    createEnterprise(ctx, { name: '丙玻璃厂', town: '新城街道' });
    const plan = previewFile(ctx, ledgerCsvGb18030(), '台账.csv');
    const bing = plan.enterprises.find((e) => e.label === '丙玻璃厂')!;
    expect(bing.action).toBe('none');
    expect(plan.rows.find((r) => r.sourceRow === 9)!.enterprise!.status).toBe('unchanged');
  });

  it('reports rows that disagree about the same enterprise, and imports the others', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const plan = previewFile(ctx, csv(['企业名称,乡镇,设备名称', '甲公司,城关镇,中频炉', '甲公司,新城镇,工频炉', '乙公司,新城镇,球磨机']), 'x.csv');
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'error', 'new']);
    expect(plan.rows[1]!.errors[0]).toMatchObject({ row: 3, column: '乡镇' });
    expect(plan.rows[1]!.errors[0]!.reason).toMatch(/与第 2 行是同一企业.*城关镇.*新城镇/);
    expect(plan.counts).toMatchObject({ enterprisesCreated: 2, linesCreated: 2 });
  });

  it('refuses a plan whose every row is wrong, changing nothing', () => {
    const led = openTempLedger();
    const before = hashDatabaseFile(led.ctx.db, led.file);
    const plan = previewFile(led.ctx, csv(['企业名称,统一社会信用代码', '甲公司,123']), 'x.csv');
    expect(thrown(() => commitImport(led.ctx, plan, { fileHash: 'h' })).message).toMatch(/没有可导入的有效行/);
    expect(hashDatabaseFile(led.ctx.db, led.file)).toBe(before);
    led.close();
  });

  it('reports progress and rolls everything back when cancelled midway', () => {
    const led = openTempLedger();
    const before = hashDatabaseFile(led.ctx.db, led.file);
    const rows = Array.from({ length: 1500 }, (_, i) => `企业${i},设备${i}`);
    const plan = previewFile(led.ctx, csv(['企业名称,设备名称', ...rows]), 'x.csv');
    const flag = createCancelFlag();
    const seen: number[] = [];
    const err = thrown(() =>
      commitImport(led.ctx, plan, {
        fileHash: 'h',
        cancel: flag.token,
        onProgress: (p) => {
          seen.push(p.done);
          expect(p.total).toBe(3000);
          if (p.done >= 1000) flag.cancel();
        },
      }),
    );
    expect(err.code).toBe('CANCELLED');
    expect(seen).toEqual([500, 1000]);
    expect(hashDatabaseFile(led.ctx.db, led.file)).toBe(before);
    led.close();
  });

  it('validates again a plan that did not come from this process (one sent back over IPC)', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const plan = JSON.parse(JSON.stringify(previewFile(ctx, csv(['企业名称,乡镇', '甲公司,城关镇']), 'x.csv')));
    plan.enterprises[0].values.town = 'x'.repeat(51);
    const err = thrown(() => commitImport(ctx, plan, { fileHash: 'h' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/^第 2 行（企业「甲公司」）：「乡镇（街道）」不能超过50个字/);
    expect(liveContent(ctx.db).enterprises).toEqual([]);
  });

  it('names the row whose write fails when its statement, shared with other rows, is run', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const rows = Array.from({ length: 30 }, (_, i) => `企业${i},设备${i === 17 ? '坏' : i}`);
    const plan = previewFile(ctx, csv(['企业名称,设备名称', ...rows]), 'x.csv');
    ctx.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON capacity_lines WHEN NEW.name = '设备坏' BEGIN SELECT RAISE(ABORT, '不收'); END`);
    const err = thrown(() => commitImport(ctx, plan, { fileHash: 'h' }));
    // The database's own words go to the log; the user reads the row and Chinese only.
    expect(err.message).toMatch(/^第 19 行（设备（生产线）「设备坏」）：程序内部错误.*导入未生效/);
    expect((err as LedgerError).detail).toMatch(/不收/);
    expect(liveContent(ctx.db)).toEqual({ enterprises: [], lines: [], cases: [] });
  });

  it('rolls back and names the row when a write fails inside the transaction', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const plan = previewFile(ctx, csv(['企业名称,统一社会信用代码', `甲公司,${CODE_JIA}`]), 'x.csv');
    createEnterprise(ctx, { name: '别的公司', uscc: CODE_JIA });
    const before = liveContent(ctx.db);
    const err = thrown(() => commitImport(ctx, plan, { fileHash: 'h' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^第 2 行（企业「甲公司」）：.*导入未生效/);
    expect(liveContent(ctx.db)).toEqual(before);
  });
});

describe('undoing an import', () => {
  it('returns the ledger to what it held before, updates and creations alike', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const jia = createEnterprise(ctx, { name: '甲钢铁有限公司', uscc: CODE_JIA, town: '旧城镇' }).row;
    createCapacityLine(ctx, { enterpriseId: jia.id, name: '中频炉', spec: 'GW-5t', capacity: 40 });
    const before = liveContent(ctx.db);
    const { result } = importFile(ctx, ledgerCsvGb18030(), '台账.csv');
    expect(liveContent(ctx.db)).not.toEqual(before);
    const undo = undoImport(ctx, result.importId!);
    expect(undo.fieldsRestored).toBeGreaterThan(0);
    expect(liveContent(ctx.db)).toEqual(before);
    expect(listAuditBatch(ctx.db, undo.undoBatchId).every((e) => e.source === `undo:import:${result.importId}`)).toBe(true);
    expect(thrown(() => undoImport(ctx, result.importId!)).message).toMatch(/已于 .* 撤销过/);
  });

  it('after an undo the same file imports again as new', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const first = importFile(ctx, ledgerCsvGb18030(), '台账.csv');
    undoImport(ctx, first.result.importId!);
    const again = previewFile(ctx, ledgerCsvGb18030(), '台账.csv');
    expect(again.counts).toMatchObject({ new: 4, unchanged: 0 });
    expect(again.previousImports).toEqual([]);
  });

  it('refuses when an imported record was edited afterwards, changing nothing', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const { result } = importFile(ctx, ledgerCsvGb18030(), '台账.csv');
    const jia = ctx.db.prepare("SELECT id FROM enterprises WHERE name = '甲钢铁有限公司'").get() as { id: number };
    updateEnterprise(ctx, jia.id, { phone: '0531-2' });
    const before = liveContent(ctx.db);
    const err = thrown(() => undoImport(ctx, result.importId!));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/导入之后已有 1 处修改/);
    expect(liveContent(ctx.db)).toEqual(before);
  });

  it('refuses when a line was added later under an imported enterprise', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const { result } = importFile(ctx, ledgerCsvGb18030(), '台账.csv');
    const jia = ctx.db.prepare("SELECT id FROM enterprises WHERE name = '甲钢铁有限公司'").get() as { id: number };
    createCapacityLine(ctx, { enterpriseId: jia.id, name: '电弧炉' });
    expect(thrown(() => undoImport(ctx, result.importId!)).message).toMatch(/导入后添加在导入的企业下/);
  });
});
