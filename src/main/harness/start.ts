import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openLedger } from '../openLedger';
import { createDispatcher } from '../ipc/dispatch';
import { resolveDbPath } from '../paths';
import { createContext } from '../services/context';
import { startHarness } from './server';
import { harnessShell } from './shellPort';
import { removeStaleFiles } from '../fs/staleFiles';

/** `npm run start:browser [-- --db FILE --port N]`: serves the built app on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } });
  const rendererDir = join(import.meta.dirname, '../../../out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('找不到已构建的界面（out/renderer），请先运行 npm run build');
    process.exit(1);
  }
  const dbPath = resolveDbPath(values.db);
  const opened = openLedger(dbPath);
  removeStaleFiles(dbPath, dirname(dbPath), [join(dirname(dbPath), '导出文件')]);
  if (opened.readOnlyReason) console.error(opened.readOnlyReason);
  const ctx = createContext(opened.db, { dbPath, readOnlyReason: opened.readOnlyReason, shell: harnessShell(dirname(dbPath)) });
  ctx.jobs.onError = (kind, detail) => console.error(`[job ${kind}]`, detail);
  const dispatch = createDispatcher(ctx, { onError: (channel, err) => console.error(`[${channel}]`, err) });
  const harness = await startHarness({ dispatch, rendererDir, port: values.port ? Number(values.port) : 0 });
  console.log(`数据文件：${dbPath}`);
  console.log(`导出的文件保存在：${join(dirname(dbPath), '导出文件')}`);
  console.log(`浏览器模式已启动，请在本机浏览器打开：\n${harness.url}`);
  const stop = () => {
    void harness.close().then(() => {
      opened.db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
