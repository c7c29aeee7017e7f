import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../src/shared/contract';
import { ImportResult } from '../../../src/shared/contract/imports';
import { openLedger } from '../../../src/main/openLedger';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { harnessShell } from '../../../src/main/harness/shellPort';
import { importSessions } from '../../../src/main/import/sessions';
import { listLedgerBackups } from '../../../src/main/services/backups';
import { createContext, type ServiceContext } from '../../../src/main/services/context';
import { EXPECTED, ledgerCsvGb18030 } from '../../support/countySheet';
import { hashDatabaseFile } from '../../support/db';

/** The wizard's channels as the page calls them, against a ledger file (sessions need one). */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'import-channels-'));
  const dbPath = join(dir, 'ledger.sqlite');
  const opened = openLedger(dbPath);
  const ctx = createContext(opened.db, { dbPath, shell: harnessShell(dir) });
  const dispatch = createDispatcher(ctx, { checkOutput: true });
  cleanups.push(
    () => rmSync(dir, { recursive: true, force: true }),
    () => void opened.db.close(),
    () => importSessions(ctx).closeAll(),
  );
  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const r = await dispatch(channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  }
  return { dir, dbPath, ctx, dispatch, call };
}

async function waitJob(ctx: ServiceContext, jobId: string) {
  return ctx.jobs.wait(jobId);
}

const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('import channels', () => {
  it('parse → preview → rows → errors .xlsx → commit with a backup → history → undo', async () => {
    const { dir, ctx, call } = setup();
    const view = await call<OutputOf<'import:parse'>>('import:parse', { fileName: '台账.csv', base64: base64(ledgerCsvGb18030()) });
    expect(view.sheet).toBe('台账');
    expect(view.file.sheets[0]!.table!.dataRowCount).toBe(EXPECTED.dataRows.length);
    expect(view.proposal!.profileName).toBeNull();
    const mapping = view.proposal!.mapping;

    const plan = await call<OutputOf<'import:preview'>>('import:preview', { sessionId: view.sessionId, sheet: '台账', mapping });
    expect(plan.counts).toMatchObject({ new: 4, error: 1 });
    const errors = await call<OutputOf<'import:rows'>>('import:rows', { sessionId: view.sessionId, offset: 0, limit: 50, status: 'error' });
    expect(errors.rows[0]!.sourceRow).toBe(EXPECTED.errorRow);
    expect(errors.rows[0]!.cells[2]).toBe('丁化工有限公司');
    expect(errors.rows[0]!.errors.map((e) => e.column)).toEqual(expect.arrayContaining(EXPECTED.errorColumns));

    const exported = await call<OutputOf<'import:errorsXlsx'>>('import:errorsXlsx', { sessionId: view.sessionId });
    expect(exported.rows).toBe(1);
    expect(exported.file).toBe(join(dir, '导出文件', '台账-错误行.xlsx'));
    const wb = XLSX.read(readFileSync(exported.file!));
    const sheet = wb.Sheets[wb.SheetNames[0]!]!;
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(aoa[0]).toEqual(expect.arrayContaining(['原行号', '企业名称', '错误说明']));
    expect(aoa[1]![0]).toBe(EXPECTED.errorRow);
    expect(String(aoa[1]!.at(-1))).toContain('「统一社会信用代码」');

    const { jobId } = await call<{ jobId: string }>('import:commit', { sessionId: view.sessionId });
    const done = await waitJob(ctx, jobId);
    expect(done.state).toBe('done');
    const result = ImportResult.parse(done.result);
    expect(result.counts).toMatchObject({ rowsNew: 4, rowsError: 1, enterprisesCreated: 3 });
    expect(result.backup).toMatch(/pre-import/);
    expect(listLedgerBackups(ctx).map((b) => b.reason)).toContain('pre-import');

    const history = await call<OutputOf<'import:history'>>('import:history', {});
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: result.importId, fileName: '台账.csv', rowsNew: 4, undoneAt: null });

    const undo = await call<{ jobId: string }>('import:undo', { importId: result.importId });
    expect((await waitJob(ctx, undo.jobId)).state).toBe('done');
    const after = await call<OutputOf<'import:history'>>('import:history', {});
    expect(after[0]!.undoneAt).not.toBeNull();
    expect((ctx.db.prepare('SELECT count(*) AS n FROM enterprises WHERE deleted_at IS NULL').get() as { n: number }).n).toBe(0);
    await expect(call('import:undo', { importId: result.importId })).rejects.toThrow(/已经撤销过/);
    expect(await call('import:close', { sessionId: view.sessionId })).toEqual({ closed: true });
    await expect(call('import:rows', { sessionId: view.sessionId, offset: 0, limit: 10 })).rejects.toThrow(/NOT_FOUND/);
  });

  it('saves a profile that is proposed again for the same header and can be deleted', async () => {
    const { call } = setup();
    const first = await call<OutputOf<'import:parse'>>('import:parse', { fileName: '台账.csv', base64: base64(ledgerCsvGb18030()) });
    const mapping = { fields: first.proposal!.mapping.fields.filter((f) => f.target !== 'enterprise.town').concat({ target: 'enterprise.industry', constant: '钢铁' }) };
    await call('import:saveProfile', { sessionId: first.sessionId, sheet: '台账', name: '市局季度表', mapping });
    const profiles = await call<OutputOf<'import:profiles'>>('import:profiles', {});
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ name: '市局季度表', mapping });
    expect(profiles[0]!.columns).toContain('企业名称');

    const again = await call<OutputOf<'import:parse'>>('import:parse', { fileName: '台账(2).csv', base64: base64(ledgerCsvGb18030()) });
    expect(again.proposal!.profileName).toBe('市局季度表');
    expect(again.proposal!.mapping).toEqual(mapping);
    expect(await call('import:deleteProfile', { signature: profiles[0]!.signature })).toEqual({ deleted: true });
    expect(await call('import:profiles', {})).toEqual([]);
  });

  it('chooses other header rows: the file is parsed again and the mapping proposed for them', async () => {
    const { call } = setup();
    const view = await call<OutputOf<'import:parse'>>('import:parse', { fileName: '台账.csv', base64: base64(ledgerCsvGb18030()) });
    const wrong = await call<OutputOf<'import:sheet'>>('import:sheet', { sessionId: view.sessionId, sheet: '台账', header: { firstRow: 1, lastRow: 1 } });
    expect(wrong.file.sheets[0]!.table!.header).toEqual({ firstRow: 1, lastRow: 1 });
    const back = await call<OutputOf<'import:sheet'>>('import:sheet', { sessionId: view.sessionId, sheet: '台账', header: null });
    expect(back.file.sheets[0]!.table!.header).toEqual(EXPECTED.header);
  });

  it('refuses a file that is not a spreadsheet with a Chinese message and opens no session', async () => {
    const { dispatch } = setup();
    const r = await dispatch('import:parse', { fileName: '照片.jpg', base64: base64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])) });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!r.ok && r.error.message).toMatch(/不是电子表格/);
  });

  it('cancelling the commit job leaves the ledger file as it was', async () => {
    const { ctx, dbPath, call } = setup();
    const rows = Array.from({ length: 20_000 }, (_, i) => `企业${i},设备${i},能耗`);
    const csv = Buffer.from(`企业名称,设备名称,存在问题维度\n${rows.join('\n')}\n`);
    const view = await call<OutputOf<'import:parse'>>('import:parse', { fileName: '大表.csv', base64: base64(csv) });
    await call('import:preview', { sessionId: view.sessionId, sheet: view.sheet, mapping: view.proposal!.mapping });
    const before = hashDatabaseFile(ctx.db, dbPath);
    const { jobId } = await call<{ jobId: string }>('import:commit', { sessionId: view.sessionId });
    // Cancel once writing has begun (after the pre-import backup).
    for (;;) {
      const s = ctx.jobs.status(jobId);
      if (s.state !== 'running' || (s.message ?? '').startsWith('正在写入')) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await call('jobs:cancel', { id: jobId });
    const status = await waitJob(ctx, jobId);
    expect(status.state).toBe('cancelled');
    expect(status.error?.message).toBe('已取消导入，台账未做任何改动');
    expect(hashDatabaseFile(ctx.db, dbPath)).toBe(before);
    expect(readdirSync(join(dbPath, '..', 'backups')).some((f) => f.includes('pre-import'))).toBe(true);
  });
});
