import { mkdtempSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { type OpenedDatabase } from '../../src/main/db/connection';
import { openLedger } from '../../src/main/openLedger';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { startHarness, type Harness } from '../../src/main/harness/server';
import { harnessShell } from '../../src/main/harness/shellPort';
import { createContext, type ServiceContext } from '../../src/main/services/context';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/**
 * One end-to-end session: a fresh ledger file, the harness serving the built renderer on
 * 127.0.0.1, and Debian's Chromium driven by Playwright. The renderer must have been built
 * (npm test runs electron-vite build first).
 */
export interface E2E {
  dir: string;
  dbPath: string;
  opened: OpenedDatabase;
  ctx: ServiceContext;
  harness: Harness;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function startE2E(opts: { now?: () => Date } = {}): Promise<E2E> {
  const rendererDir = resolve('out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer 不存在：先运行 npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  const dbPath = join(dir, 'ledger.sqlite');
  const opened = openLedger(dbPath);
  const ctx = createContext(opened.db, { dbPath, shell: harnessShell(dir), ...(opts.now ? { now: opts.now } : {}) });
  const harness = await startHarness({ dispatch: createDispatcher(ctx, { checkOutput: true }), rendererDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, locale: 'zh-CN' });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(harness.url);
  return {
    dir,
    dbPath,
    opened,
    ctx,
    harness,
    browser,
    page,
    async close() {
      await browser.close();
      await harness.close();
      opened.db.close();
      if (pageErrors.length) throw new Error(`页面脚本错误：${pageErrors.join('\n')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
