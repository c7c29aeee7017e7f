import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFileData } from '../../../src/main/import/parse';
import { parseFileInWorker } from '../../../src/main/import/worker';
import { ledgerCsvGb18030 } from '../../support/countySheet';

describe('parseFileInWorker', () => {
  it('parses a file from disk off the main thread, as parseFileData does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-worker-'));
    const file = join(dir, '台账.csv');
    writeFileSync(file, ledgerCsvGb18030());
    const parsed = await parseFileInWorker(file);
    expect(parsed).toEqual(parseFileData(ledgerCsvGb18030(), '台账.csv'));
  });

  it('passes a refusal back as the same Chinese message', async () => {
    await expect(parseFileInWorker(new Uint8Array(0), '空.xlsx')).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/空文件/) });
  });

  it('says so when the file cannot be opened', async () => {
    await expect(parseFileInWorker('/nonexistent/台账.xlsx')).rejects.toThrow(/无法打开文件「台账.xlsx」/);
  });

  it('stops a parse that runs past its time limit', async () => {
    await expect(parseFileInWorker(ledgerCsvGb18030(), '台账.csv', { timeoutMs: 1 })).rejects.toThrow(/超过 1 秒仍未完成，已停止/);
  });
});
