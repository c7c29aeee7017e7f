import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { harnessShell } from '../../../src/main/harness/shellPort';
import { createContext, type ServiceContext } from '../../../src/main/services/context';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { updateSettings } from '../../../src/main/services/settings';
import type { Board, RollupPreview } from '../../../src/shared/contract/packages';
import { buildCountyLedger } from '../../support/countyLedger';
import { insertMilestone } from '../../../src/main/db/repositories/milestones';
import { memoryContext } from '../../support/db';

const dir = mkdtempSync(join(tmpdir(), '报送包通道-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function caller(ctx: ServiceContext) {
  ctx.shell = harnessShell(dir);
  const dispatch = createDispatcher(ctx, { checkOutput: true });
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(channel, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
}

function county(name: string, iso = '2026-03-10T02:00:00.000Z'): ServiceContext {
  const base = buildCountyLedger();
  updateSettings(base, { countyName: name, year: 2026 });
  return createContext(base.db, { dbPath: ':memory:', now: () => new Date(iso) });
}

/** 导出 → 报送包 through the channel: the save dialog's answer, then the job's file. */
async function exported(ctx: ServiceContext): Promise<{ fileName: string; base64: string; modifiedAt: string }> {
  const call = caller(ctx);
  const { jobId, file } = await call<{ jobId: string; file: string }>('packages:export', { year: 2026 });
  expect(await ctx.jobs.wait(jobId)).toMatchObject({ state: 'done', result: { rows: { enterprises: expect.any(Number) } } });
  return { fileName: file.split('/').pop()!, base64: readFileSync(file).toString('base64'), modifiedAt: new Date().toISOString() };
}

function city(): ServiceContext {
  const ctx = memoryContext();
  updateSettings(ctx, { countyName: '聊城市', level: '市', year: 2026 });
  return ctx;
}

describe('报送包 and 汇总报送包 channels', () => {
  it('exports a county package as a job into the file the save dialog chose, named by county and year', async () => {
    const gx = county('冠县');
    const upload = await exported(gx);
    expect(upload.fileName).toBe('冠县2026年报送包.xlsx');
    expect(existsSync(join(dir, '导出文件', '冠县2026年报送包.xlsx'))).toBe(true);
  });

  it('refuses the roll-up in a county ledger, saying where 本级 is set', async () => {
    const gx = county('冠县');
    const r = await createDispatcher(gx, { checkOutput: true })('rollup:add', { sessionId: null, fileName: 'a.xlsx', base64: 'AAAA', modifiedAt: '2026-03-10T02:00:00.000Z' });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('本级设为「市」') } });
  });

  it('previews three files (two counties and a tampered one), commits, flags shared credit codes, and fills the board', async () => {
    const gx = await exported(county('冠县'));
    const yg = await exported(county('阳谷县'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(yg.base64, 'base64') as unknown as ExcelJS.Buffer);
    wb.getWorksheet('设备')!.getCell('G2').value = 99;
    const tampered = { fileName: '阳谷县-改动后.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'), modifiedAt: yg.modifiedAt };

    const c = city();
    const call = caller(c);
    await call('packages:setCounties', { counties: ['冠县', '阳谷县', '莘县'] });
    const first = await call<{ sessionId: string; counties: string[]; refused: string | null }>('rollup:add', { sessionId: null, ...gx });
    expect(first).toMatchObject({ counties: ['冠县'], refused: null });
    const { sessionId } = first;
    expect(await call('rollup:add', { sessionId, ...tampered })).toMatchObject({ counties: [], refused: expect.stringContaining('校验码不符') });
    await call('rollup:add', { sessionId, ...yg });

    const preview = await call<RollupPreview>('rollup:preview', { sessionId });
    expect(preview.files.map((f) => [f.file, f.county, f.verdict])).toEqual([
      ['冠县2026年报送包.xlsx', '冠县', 'new'],
      ['阳谷县-改动后.xlsx', null, 'unreadable'],
      ['阳谷县2026年报送包.xlsx', '阳谷县', 'new'],
    ]);
    expect(preview.files[0]!.changes!.enterprises).toEqual({ added: 4, updated: 0, deleted: 0 });
    // The fixture gives both counties the same firms: every code is flagged on both sides.
    const codes = preview.sharedCreditCodes.filter((s) => s.county === '冠县');
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((s) => s.otherCounties.join() === '阳谷县')).toBe(true);
    expect(c.db.prepare('SELECT COUNT(*) AS n FROM enterprises').get()).toEqual({ n: 0 });

    const { jobId } = await call<{ jobId: string }>('rollup:commit', { sessionId });
    const done = await c.jobs.wait(jobId);
    expect(done.state).toBe('done');
    const result = done.result as RollupPreview;
    expect(result.files.map((f) => f.verdict)).toEqual(['new', 'unreadable', 'new']);
    expect(result.sharedCreditCodes).toEqual(preview.sharedCreditCodes);

    const board = await call<Board>('packages:board', {});
    expect(board.counties.map((r) => [r.county, r.state])).toEqual([
      ['冠县', '已报送'],
      ['莘县', '未报送'],
      ['阳谷县', '已报送'],
    ]);
    expect(board.counties[0]!.rows).toBeGreaterThan(4);
    const later = await call<Board>('packages:board', { since: '2099-01-01' });
    expect(later.counties[0]!.state).toBe('已过期');
    const { file } = await call<{ file: string }>('packages:exportBoard', {});
    expect(file).toBe(join(dir, '导出文件', '聊城市2026年各县（市、区）报送情况.xlsx'));
    expect(existsSync(file)).toBe(true);
  });

  it('refuses, in the preview, a package older than the one held, naming both dates', async () => {
    const older = await exported(county('冠县', '2026-03-01T02:00:00.000Z'));
    const newer = county('冠县', '2026-04-01T02:00:00.000Z');
    createEnterprise(newer, { name: '冠县新增钢丝绳厂', town: '城关镇', industry: '钢丝绳' });
    const newerFile = await exported(newer);
    const c = city();
    const call = caller(c);
    const { sessionId } = await call<{ sessionId: string }>('rollup:add', { sessionId: null, ...newerFile });
    const { jobId } = await call<{ jobId: string }>('rollup:commit', { sessionId });
    expect((await c.jobs.wait(jobId)).state).toBe('done');

    const again = await call<{ sessionId: string }>('rollup:add', { sessionId: null, ...{ ...older, fileName: '冠县-三月.xlsx' } });
    const preview = await call<RollupPreview>('rollup:preview', { sessionId: again.sessionId });
    expect(preview.files[0]).toMatchObject({ verdict: 'refused', reason: expect.stringMatching(/2026年4月1日.*较旧，已拒收/) });
  });

  it('a roll-up cancelled before its first county changes nothing and keeps the session for another try', async () => {
    const gx = await exported(county('冠县'));
    const c = city();
    const call = caller(c);
    const { sessionId } = await call<{ sessionId: string }>('rollup:add', { sessionId: null, ...gx });
    const { jobId } = await call<{ jobId: string }>('rollup:commit', { sessionId });
    await call('jobs:cancel', { id: jobId });
    expect(await c.jobs.wait(jobId)).toMatchObject({ state: 'cancelled', error: { message: '已取消汇总，台账未改动' } });
    expect(c.db.prepare('SELECT COUNT(*) AS n FROM enterprises').get()).toEqual({ n: 0 });
    expect((await call<RollupPreview>('rollup:preview', { sessionId })).files[0]!.verdict).toBe('new');
  });

  it('opens the board on the current round: the day after the last 上报上级 date before today, ending on the next', async () => {
    const gx = await exported(county('冠县', '2026-03-10T02:00:00.000Z'));
    const c = createContext(city().db, { dbPath: ':memory:', now: () => new Date('2026-08-15T02:00:00.000Z') });
    const call = caller(c);
    const milestone = (name: string, date: string) =>
      insertMilestone(c.db, { year: 2026, name, kind: '上报上级', dueText: date, date, startDate: null, owner: '各县（市、区）', documentNumber: '聊经信字〔2022〕1号', sourceText: null, preset: null, doneDate: null, note: null, doneBy: null, doneNote: null }, '2026-01-05T08:00:00.000Z');
    milestone('上报上半年退出情况', '2026-06-30');
    milestone('上报年度总结', '2026-12-31');
    const { sessionId } = await call<{ sessionId: string }>('rollup:add', { sessionId: null, ...gx });
    expect((await c.jobs.wait((await call<{ jobId: string }>('rollup:commit', { sessionId })).jobId)).state).toBe('done');
    const board = await call<Board>('packages:board', {});
    expect(board).toMatchObject({ since: '2026-07-01', due: { name: '上报年度总结', date: '2026-12-31' } });
    // Exported in March, for the round that ended on 6月30日: out of date now.
    expect(board.counties).toMatchObject([{ county: '冠县', state: '已过期' }]);
    expect((await call<Board>('packages:board', { since: '2026-03-01' })).counties[0]!.state).toBe('已报送');
  });
});
