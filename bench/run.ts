/**
 * `npm run bench -- NAME [NAME …]`: runs the named benchmarks (all when none is named). Each
 * prints `BENCH <name>.<metric> <value> <unit>` lines. The grid, import and export benchmarks
 * are loaded on demand: they pull in Playwright, SheetJS and LibreOffice helpers that the
 * deadlines one does not need.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDeadlinesBench } from './deadlines';

type Bench = () => Promise<void>;

const ON_DEMAND: Record<string, { file: string; exportName: string }> = {
  grid: { file: './grid.ts', exportName: 'runGridBench' },
  import: { file: './import.ts', exportName: 'runImportBench' },
  export: { file: './export.ts', exportName: 'runExportBench' },
  city: { file: './cityLists.ts', exportName: 'runCityListsBench' },
  'city-grid': { file: './cityGrid.ts', exportName: 'runCityGridBench' },
};

async function load(name: string): Promise<Bench | null> {
  if (name === 'deadlines') return runDeadlinesBench;
  const entry = ON_DEMAND[name];
  if (!entry || !existsSync(fileURLToPath(new URL(entry.file, import.meta.url)))) return null;
  const mod = (await import(entry.file)) as Record<string, unknown>;
  const run = mod[entry.exportName] ?? mod.default;
  return typeof run === 'function' ? (run as Bench) : null;
}

async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const wanted = names.length ? names : ['deadlines', ...Object.keys(ON_DEMAND)];
  for (const name of wanted) {
    const run = await load(name);
    if (run) await run();
    else if (names.length) {
      console.error(`没有名为“${name}”的基准测试（可用：deadlines${Object.keys(ON_DEMAND).map((k) => `、${k}`).join('')}）`);
      process.exitCode = 2;
    }
  }
}

void main();
