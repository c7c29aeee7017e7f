/**
 * `npm start`: the desktop app where Electron's binary is installed, else the browser mode.
 *
 * 1. Find Electron's binary the way the `electron` package does (path.txt + dist/), without
 *    letting it try a download (that hangs or fails on a machine without internet).
 * 2. Found: `electron-vite preview` builds and starts the app.
 * 3. Not found: say so in Chinese, build, and start the loopback browser mode, which prints
 *    the address to open.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : null;
}

function run(script: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  });
}

const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

async function main(): Promise<void> {
  const passThrough = process.argv.slice(2);
  if (electronBinary()) {
    process.exit(await run(electronVite, ['preview', ...passThrough]));
  }
  console.log('未找到 Electron 程序文件（node_modules/electron/dist）：本机安装时没能下载它。');
  console.log('改为启动浏览器模式：界面和功能与桌面版相同，请用本机浏览器打开下面打印的地址。');
  console.log('（联网后重新运行 npm install 即可使用桌面版。）');
  const built = await run(electronVite, ['build']);
  if (built !== 0) process.exit(built);
  process.exit(await run(tsx, [join(root, 'src', 'main', 'harness', 'start.ts'), ...passThrough]));
}

void main();
