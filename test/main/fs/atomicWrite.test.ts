import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeStreamAtomic } from '../../../src/main/fs/atomicWrite';
import { LedgerError } from '../../../src/shared/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), '原子写入-'));
});

describe('writeFileAtomic', () => {
  it('writes a new file under a Chinese name', async () => {
    const target = join(dir, '附件3 重点工作与职责分工.xlsx');
    await writeFileAtomic(target, Buffer.from('新内容'));
    expect(readFileSync(target, 'utf8')).toBe('新内容');
    expect(readdirSync(dir)).toEqual(['附件3 重点工作与职责分工.xlsx']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, '名单.xlsx');
    writeFileSync(target, '旧内容');
    await writeFileAtomic(target, '新内容，更长一些');
    expect(readFileSync(target, 'utf8')).toBe('新内容，更长一些');
    expect(readdirSync(dir)).toEqual(['名单.xlsx']);
  });

  it('says in Chinese when the folder does not exist, and leaves nothing behind', async () => {
    const target = join(dir, '不存在的文件夹', '名单.xlsx');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(/保存位置不存在/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeStreamAtomic', () => {
  it('keeps the old file intact when the producer fails midway, and removes the temporary file', async () => {
    const target = join(dir, '退出名单.xlsx');
    writeFileSync(target, '旧的完整文件');
    const failing = writeStreamAtomic(target, async (out) => {
      out.write('半截');
      await new Promise((r) => setTimeout(r, 10));
      throw new Error('磁盘出错');
    });
    await expect(failing).rejects.toThrow('磁盘出错');
    expect(readFileSync(target, 'utf8')).toBe('旧的完整文件');
    expect(readdirSync(dir)).toEqual(['退出名单.xlsx']);
  });

  it('keeps the old file and leaves no temporary file when cancelled midway', async () => {
    const target = join(dir, '退出名单.xlsx');
    writeFileSync(target, '旧的完整文件');
    const controller = new AbortController();
    const run = writeStreamAtomic(
      target,
      async (out, signal) => {
        out.write('第一部分');
        controller.abort();
        if (signal?.aborted) throw new LedgerError('CANCELLED', '已取消');
        out.end('不应到达');
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readFileSync(target, 'utf8')).toBe('旧的完整文件');
    expect(readdirSync(dir)).toEqual(['退出名单.xlsx']);
  });

  it('does not start when already cancelled', async () => {
    const target = join(dir, '名单.xlsx');
    const controller = new AbortController();
    controller.abort();
    let called = false;
    await expect(
      writeStreamAtomic(target, async () => {
        called = true;
      }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(called).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is cancelled even when the producer finished before noticing', async () => {
    const target = join(dir, '名单.xlsx');
    writeFileSync(target, '旧');
    const controller = new AbortController();
    const run = writeStreamAtomic(
      target,
      async (out) => {
        controller.abort();
        out.end('新');
        await new Promise((r) => out.on('finish', r));
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readFileSync(target, 'utf8')).toBe('旧');
    expect(readdirSync(dir)).toEqual(['名单.xlsx']);
  });
});

describe('a crash during an atomic write', () => {
  it('leaves the old file whole; at most a hidden temporary file remains', () => {
    const target = join(dir, '红牌名单.xlsx');
    writeFileSync(target, '旧的完整文件');
    const script = join(import.meta.dirname, '../../fixtures/crashingWrite.ts');
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', script, target], { stdio: 'ignore' });
    } catch (err) {
      status = (err as { status: number }).status;
    }
    expect(status).toBe(3);
    expect(readFileSync(target, 'utf8')).toBe('旧的完整文件');
    expect(readdirSync(dir).filter((f) => f !== '红牌名单.xlsx').every((f) => /^\.红牌名单\.xlsx\.[0-9a-f]+\.tmp$/.test(f))).toBe(true);
  });
});
