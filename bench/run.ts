/**
 * `npm run bench -- NAME`: loads bench/NAME.ts only when asked for and calls its run<Name>Bench
 * export, which prints `BENCH <name>.<metric> <value> <unit>` lines. A benchmark whose file is
 * not on this branch yet just says so.
 */
async function main(): Promise<number> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (names.length === 0 || names.some((n) => !/^[a-z]+$/.test(n))) {
    console.error('用法：npm run bench -- 名称（如 import、export、deadlines）');
    return 2;
  }
  let failed = 0;
  for (const name of names) {
    const file = `./${name}.ts`;
    const exportName = `run${name[0]!.toUpperCase()}${name.slice(1)}Bench`;
    let mod: Record<string, unknown>;
    try {
      mod = (await import(file)) as Record<string, unknown>;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(err).includes(`${name}.ts`)) {
        console.error(`基准测试「${name}」尚不可用（bench/${name}.ts 不存在）`);
        failed++;
        continue;
      }
      throw err;
    }
    const run = mod[exportName];
    if (typeof run !== 'function') {
      console.error(`基准测试「${name}」尚不可用（bench/${name}.ts 没有导出 ${exportName}）`);
      failed++;
      continue;
    }
    await (run as () => Promise<void>)();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();

export {};
