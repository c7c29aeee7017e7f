import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../src/main/backup/backup';
import { listBackups } from '../../src/main/backup/store';
import { openLedger } from '../../src/main/openLedger';

const CHILD = resolve('test/crash/child.ts');
const ROWS = 1500;

interface Run {
  finished: boolean;
  ms: number;
}

/** Runs the child; kills it with SIGKILL `killAfterMs` after READY (or lets it finish if null). */
function runChild(args: string[], killAfterMs: number | null): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let readyAt = 0;
    let doneAt = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!readyAt && out.includes('READY')) {
        readyAt = performance.now();
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
      if (!doneAt && out.includes('DONE')) doneAt = performance.now();
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') return fail(new Error(`子进程异常退出（${code}）：${err}`));
      done({ finished: out.includes('DONE'), ms: (doneAt || performance.now()) - readyAt });
    });
  });
}

function ledgerCsv(prefix: string): string {
  const lines = ['企业名称,乡镇,行业,设备名称,产能,产能单位'];
  for (let i = 0; i < ROWS; i++) lines.push(`${prefix}${i}有限公司,城关镇,铸造,中频炉${i},${(i % 50) + 1},万吨`);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function integrity(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check;
  } finally {
    db.close();
  }
}

function countWithPrefix(dbPath: string, prefix: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM enterprises WHERE name LIKE ? || '%'").get(prefix) as { n: number }).n;
  } finally {
    db.close();
  }
}

const random = (max: number) => Math.floor(Math.random() * max);

/**
 * Crash safety as a user would meet it: the power goes or the process is killed in the middle
 * of an import or a backup. Each kill is followed by an integrity check and, for imports, a
 * count that must be all of that import or none of it.
 */
describe('SIGKILL at random moments', () => {
  it('an import killed midway leaves all of it or none of it, and a sound database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-kill-import-'));
    const dbPath = join(dir, 'ledger.sqlite');
    openLedger(dbPath).db.close();
    const probe = join(dir, 'probe.csv');
    writeFileSync(probe, ledgerCsv('计时'));
    const { ms } = await runChild(['import', dbPath, probe], null);
    // Kills spread over the work and a little past it, so both outcomes occur.
    const window = Math.max(20, ms * 1.2);

    const outcomes = { none: 0, all: 0, partial: 0 };
    for (let i = 0; i < 30; i++) {
      const prefix = `崩溃测试${i}号`;
      const file = join(dir, `import-${i}.csv`);
      writeFileSync(file, ledgerCsv(prefix));
      const { finished } = await runChild(['import', dbPath, file], random(window));
      expect(integrity(dbPath)).toBe('ok');
      const n = countWithPrefix(dbPath, prefix);
      if (n === 0) outcomes.none++;
      else if (n === ROWS) outcomes.all++;
      else outcomes.partial++;
      if (finished) expect(n).toBe(ROWS);
    }
    console.log(`导入中途强杀 30 次（导入约 ${Math.round(ms)} 毫秒）：全部 ${outcomes.all}，全无 ${outcomes.none}，部分 ${outcomes.partial}`);
    expect(outcomes.partial).toBe(0);
    expect(outcomes.none).toBeGreaterThan(0);
  }, 600_000);

  it('a backup killed midway is never listed, and the database stays sound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-kill-backup-'));
    const dbPath = join(dir, 'ledger.sqlite');
    const { db } = openLedger(dbPath);
    const insert = db.prepare("INSERT INTO enterprises (name, notes, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')");
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`备份测试企业${i}`, '备注'.repeat(300));
    })();
    db.close();
    const { ms } = await runChild(['backup', dbPath], null);
    const window = Math.max(20, ms * 1.2);

    let killedMidway = 0;
    for (let i = 0; i < 25; i++) {
      const before = listBackups(dbPath).length;
      const { finished } = await runChild(['backup', dbPath], random(window));
      if (!finished) killedMidway++;
      expect(integrity(dbPath)).toBe('ok');
      const listed = listBackups(dbPath);
      for (const b of listed) {
        expect(b.name.endsWith('.sqlite')).toBe(true);
        expect(integrity(b.file)).toBe('ok');
        expect(b.counts.enterprises).toBe(20_000);
      }
      if (finished) expect(listed.length).toBeGreaterThanOrEqual(Math.min(before + 1, 1));
    }
    console.log(`备份中途强杀 25 次（备份约 ${Math.round(ms)} 毫秒），其中 ${killedMidway} 次在备份完成前`);
    expect(killedMidway).toBeGreaterThan(0);
    expect(readdirSync(backupsDir(dbPath)).filter((f) => f.endsWith('.sqlite')).length).toBe(listBackups(dbPath).length);
  }, 600_000);
});
