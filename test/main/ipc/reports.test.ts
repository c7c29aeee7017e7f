import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { harnessShell } from '../../../src/main/harness/shellPort';
import { updateSettings } from '../../../src/main/services/settings';
import { createTask } from '../../../src/main/services/tasks';
import { buildCountyLedger } from '../../support/countyLedger';

const HOSTILE = '=HYPERLINK("http://x","y")';

function setup() {
  const ctx = buildCountyLedger();
  const dir = mkdtempSync(join(tmpdir(), '报表-'));
  ctx.shell = harnessShell(dir);
  updateSettings(ctx, { countyName: '示例县' });
  const dispatch = createDispatcher(ctx, { checkOutput: true });
  const call = async (channel: string, input: unknown) => {
    const r = await dispatch(channel, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as never;
  };
  return { ctx, dir, dispatch, call };
}

describe('reports over IPC', () => {
  it('previews the first rows from the same source the export writes', async () => {
    const { call } = setup();
    const p = await call('reports:preview', { report: 'exit', year: 2026 });
    const preview = p as { title: string; columns: { key: string; title: string }[]; rows: Record<string, unknown>[]; total: number };
    expect(preview.title).toBe('示例县2026年度落后产能退出企业名单、设备（生产线）和产能情况');
    expect(preview.total).toBe(3);
    expect(preview.columns.map((c) => c.title)).toContain('产能·数值');
    expect(preview.rows.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(preview.rows.map((r) => r.enterpriseName)).toContain(HOSTILE);
    expect(preview.rows.find((r) => r.lineName === '中频炉')?.exitDate).toBe('2026-09-15');
  });

  it('exports a list as a job into the chosen file, the hostile name as literal text', async () => {
    const { call, ctx, dir } = setup();
    const started = (await call('reports:export', { report: 'exit', year: 2026, format: 'xlsx' })) as { jobId: string; file: string };
    expect(started.file).toBe(join(dir, '导出文件', '示例县2026年度落后产能退出企业名单.xlsx'));
    const status = await ctx.jobs.wait(started.jobId);
    expect(status).toMatchObject({ state: 'done', result: { rows: 3 } });
    const raw = XLSX.read(readFileSync(started.file), { cellFormula: true }).Sheets['退出名单']!;
    expect(Object.keys(raw).filter((k) => !k.startsWith('!') && (raw[k] as XLSX.CellObject).f !== undefined)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(started.file);
    const cells = wb.worksheets[0]!.getColumn(3).values;
    expect(cells).toContain(HOSTILE);
    await expect(call('reports:showInFolder', { file: started.file })).resolves.toEqual({});
  });

  it('refuses to export an empty annex and to open a file it did not write', async () => {
    const { dispatch } = setup();
    await expect(dispatch('reports:export', { report: 'annex', year: 2026, format: 'docx' })).resolves.toMatchObject({ ok: false, error: { message: expect.stringContaining('还没有重点工作') } });
    await expect(dispatch('reports:openFile', { file: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(dispatch('reports:export', { report: 'yellow', year: 2026, format: 'docx' })).resolves.toMatchObject({ ok: false, error: { message: expect.stringContaining('只能导出为 Excel') } });
  });

  it('exports the annex as .docx and .xlsx from the year’s tasks', async () => {
    const { call, ctx } = setup();
    createTask(ctx, { year: 2026, section: '重点任务', category: '强化绩效评价', content: '开展工业企业资源利用绩效评价。', leadDepartments: ['县工信局'], completionText: '全年' });
    for (const format of ['xlsx', 'docx'] as const) {
      const { jobId, file } = (await call('reports:export', { report: 'annex', year: 2026, format, annexNumber: 2 })) as { jobId: string; file: string };
      expect(await ctx.jobs.wait(jobId)).toMatchObject({ state: 'done', result: { rows: 1 } });
      expect(file.endsWith(`示例县2026年重点工作与职责分工.${format}`)).toBe(true);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('gives the statistics the 统计 screen charts', async () => {
    const { call } = setup();
    const s = (await call('reports:statistics', { year: 2026 })) as { capacityByIndustry: { industry: string; unit: string; plannedCapacity: number; exitedCapacity: number }[]; byTown: { town: string; plannedLines: number }[]; casesByDimension: { dimension: string; count: number }[] };
    expect(s.capacityByIndustry).toContainEqual(expect.objectContaining({ industry: '铸造', unit: '万吨', plannedCapacity: 5.8, exitedCapacity: 4.3 }));
    expect(s.byTown.find((t) => t.town === '北关镇')).toMatchObject({ plannedLines: 2 });
    expect(s.casesByDimension.reduce((n, c) => n + c.count, 0)).toBe(4);
  });

  it('saves only PNG images as charts', async () => {
    const { dispatch } = setup();
    await expect(dispatch('reports:saveChart', { name: '图', pngBase64: Buffer.from('not a png').toString('base64') })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString('base64');
    const r = await dispatch('reports:saveChart', { name: '退出产能/计划', pngBase64: png });
    expect(r).toMatchObject({ ok: true, value: { file: expect.stringMatching(/退出产能_计划\.png$/) } });
  });
});
