/**
 * `npm run bench -- grid|deadlines|import|export`: runs one benchmark, which prints its figures
 * as `BENCH <name> <value> <unit>` lines. Benchmarks live in their own files and are loaded by
 * name only when asked for, so one that does not exist yet just says so.
 */
const BENCHES: Record<string, { file: string; run: string }> = {
  grid: { file: './grid.ts', run: 'runGridBench' },
  deadlines: { file: './deadlines.ts', run: 'runDeadlinesBench' },
  import: { file: './import.ts', run: 'runImportBench' },
  export: { file: './export.ts', run: 'runExportBench' },
};

async function main(): Promise<number> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (names.length === 0 || names.some((n) => !BENCHES[n])) {
    console.error(`用法：npm run bench -- ${Object.keys(BENCHES).join('|')}`);
    return 2;
  }
  let failed = 0;
  for (const name of names) {
    const { file, run } = BENCHES[name]!;
    let mod: Record<string, unknown>;
    try {
      mod = (await import(new URL(file, import.meta.url).href)) as Record<string, unknown>;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(err).includes(file.slice(2))) {
        console.log(`基准测试「${name}」尚不可用（${file} 还没有）`);
        continue;
      }
      throw err;
    }
    const fn = mod[run];
    if (typeof fn !== 'function') {
      console.log(`基准测试「${name}」尚不可用（${file} 没有导出 ${run}）`);
      continue;
    }
    try {
      await (fn as () => Promise<void>)();
    } catch (err) {
      failed++;
      console.error(`基准测试「${name}」失败：`, err);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
