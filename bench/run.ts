/**
 * `npm run bench -- NAME [NAME …]`: runs the named benchmarks (all when none is named). Each
 * prints `BENCH <name>.<metric> <value> <unit>` lines. Benchmarks other than `deadlines` live on
 * other branches (grid, import, export); they are loaded only if their file is there.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDeadlinesBench } from './deadlines';

type Bench = () => Promise<void>;

const OPTIONAL: Record<string, { file: string; exportName: string }> = {
  grid: { file: './grid.ts', exportName: 'runGridBench' },
  import: { file: './import.ts', exportName: 'runImportBench' },
  export: { file: './export.ts', exportName: 'runExportBench' },
};

async function load(name: string): Promise<Bench | null> {
  if (name === 'deadlines') return runDeadlinesBench;
  const optional = OPTIONAL[name];
  if (!optional || !existsSync(fileURLToPath(new URL(optional.file, import.meta.url)))) return null;
  const mod = (await import(optional.file)) as Record<string, unknown>;
  const run = mod[optional.exportName] ?? mod.default;
  return typeof run === 'function' ? (run as Bench) : null;
}

async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const wanted = names.length ? names : ['deadlines', ...Object.keys(OPTIONAL)];
  for (const name of wanted) {
    const run = await load(name);
    if (run) await run();
    else if (names.length) {
      console.error(`没有名为“${name}”的基准测试（可用：deadlines${Object.keys(OPTIONAL).map((k) => `、${k}`).join('')}，后者需其文件存在）`);
      process.exitCode = 2;
    }
  }
}

void main();
