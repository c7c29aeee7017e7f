import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/cli/main.ts');

/**
 * The CLI as a user runs it: a real process, real exit codes, stdout and stderr apart. LEDGER_DB
 * is cleared so a developer's own ledger is never touched; tests pass --db.
 */
export function ledger(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LEDGER_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
