import { describe, expect, it } from 'vitest';
import { JobRegistry } from '../../../src/main/jobs/registry';
import { LedgerError } from '../../../src/shared/errors';
import { JobStatus } from '../../../src/shared/contract/jobs';

/** A failed background job shows the user Chinese only, and its English detail reaches the log. */
describe('JobRegistry', () => {
  it("hands an internal failure's English detail to onError and keeps only the Chinese in the status", async () => {
    const jobs = new JobRegistry();
    const logged: string[] = [];
    jobs.onError = (kind, detail) => logged.push(`${kind}: ${detail}`);
    const id = jobs.start('template', async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'Target')");
    });
    const status = await jobs.wait(id);
    expect(status.state).toBe('failed');
    expect(status.error?.message).toMatch(/程序内部错误/);
    expect(JSON.stringify(status)).not.toMatch(/Cannot read/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^template: TypeError: Cannot read properties of undefined/);
  });

  it('logs the detail a refusal carries (a template ExcelJS could not open), and nothing for a plain refusal', async () => {
    const jobs = new JobRegistry();
    const logged: string[] = [];
    jobs.onError = (_kind, detail) => logged.push(detail);
    await jobs.wait(jobs.start('template', async () => Promise.reject(new LedgerError('VALIDATION', '模板的文件结构有误', undefined, 'Error: Cannot merge already merged cells'))));
    await jobs.wait(jobs.start('export', async () => Promise.reject(new LedgerError('VALIDATION', '请先选择年度'))));
    expect(logged).toEqual(['Error: Cannot merge already merged cells']);
  });

  it("answers each kind's own result, and the contract refuses a result of another kind", async () => {
    const jobs = new JobRegistry();
    const status = await jobs.wait(jobs.start('export', async () => ({ file: '/tmp/退出清单.xlsx', rows: 3 })));
    expect(JobStatus.parse(status)).toMatchObject({ kind: 'export', state: 'done', result: { file: '/tmp/退出清单.xlsx', rows: 3 } });
    expect(JobStatus.safeParse({ ...status, kind: 'restore' }).success).toBe(false);
    expect(JobStatus.safeParse({ ...status, kind: 'backup' }).success).toBe(false);
  });
});
