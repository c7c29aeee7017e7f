import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { harnessShell } from '../../../src/main/harness/shellPort';
import type { TemplateInfo } from '../../../src/shared/contract/templates';
import { countyWithExits } from '../../support/countyRows';
import { hasSoffice } from '../../support/render';
import { cityTemplate } from '../../support/cityTemplates';
import { templateFods } from '../../support/fods';
import { convertWithLibreOffice, newProfileDir } from '../../support/libreoffice';

describe('template channels', () => {
  it('refuses a CSV as a template, in Chinese', async () => {
    const dispatch = createDispatcher(countyWithExits(4), { checkOutput: true });
    const r = await dispatch('templates:inspect', { fileName: '表.csv', base64: Buffer.from('企业名称,产能\n').toString('base64') });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('模板须为 .xlsx 或 .xls') } });
  });

  it.skipIf(!hasSoffice())('inspects, previews and fills as a job, then proposes the remembered mapping', async () => {
    const dir = mkdtempSync(join(tmpdir(), '模板通道-'));
    const ctx = countyWithExits(20);
    ctx.shell = harnessShell(dir);
    const dispatch = createDispatcher(ctx, { checkOutput: true });
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = await dispatch(channel, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    const fods = join(dir, '统计表.fods');
    writeFileSync(fods, templateFods(cityTemplate()));
    const xlsx = await convertWithLibreOffice(fods, 'xlsx', dir, newProfileDir());
    const upload = { fileName: '统计表.xlsx', base64: readFileSync(xlsx).toString('base64') };

    const info = await call<TemplateInfo>('templates:inspect', upload);
    expect(info).toMatchObject({ format: 'xlsx', sheetName: '退出情况', profileName: null, source: 'planned', serialColumns: [0] });
    expect(info.area).toMatchObject({ dataStart: 5, templateRows: 15, totalRow: 20 });

    const mapping = { fields: info.mapping.fields.filter((f) => f.target !== 'line.notes') };
    const preview = await call<{ columns: { title: string }[]; rows: Record<string, unknown>[]; total: number }>('templates:preview', { token: info.token, year: 2026, source: 'exited', mapping });
    expect(preview.total).toBe(20);
    expect(preview.columns.map((c) => c.title)).toEqual(['序号', '企业名称', '统一社会信用代码', '乡镇（街道）', '落后设备（生产线）/名称', '落后设备（生产线）/数量', '退出产能/数值', '退出产能/单位', '退出日期']);

    const { jobId, file } = await call<{ jobId: string; file: string }>('templates:fill', { token: info.token, year: 2026, source: 'exited', mapping, profileName: '市统计表' });
    expect(await ctx.jobs.wait(jobId)).toMatchObject({ state: 'done', result: { rows: 20 } });
    expect(file).toBe(join(dir, '导出文件', '统计表（2026年填报）.xlsx'));
    expect(existsSync(file)).toBe(true);

    const again = await call<TemplateInfo>('templates:inspect', upload);
    expect(again.profileName).toBe('市统计表');
    expect(again.mapping).toEqual(mapping);
  }, 120_000);
});
