import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { openLedgerDatabase } from '../src/main/db/connection';
import { listCapacityLines } from '../src/main/db/repositories/capacityLines';
import { createDispatcher } from '../src/main/ipc/dispatch';
import { startHarness, type Harness } from '../src/main/harness/server';
import { createContext, type ServiceContext } from '../src/main/services/context';
import { formatAmount } from '../src/renderer/src/grid/amounts';
import { loadPinyin, matches, pinyinInitials, queryWords, searchKey } from '../src/renderer/src/grid/search';
import { seedLedger } from '../test/support/sampleLedger';

/**
 * The grid benchmark (issue 3):
 * 1. builds the app's renderer and a bare AG Grid page (bench/bare);
 * 2. seeds a ledger of 100,000 capacity lines over 4,000 enterprises;
 * 3. serves both pages from the same harness process and database, and loads each in Chromium
 *    several times, alternating, timing navigation → first row painted (median);
 * 4. in the app: JS heap after load, sort by capacity, a quick search, and a 1,000 × 10 paste
 *    including the database write; and, for reference, the same sort in the bare page.
 * Figures are printed as `BENCH <name> <value> <unit>`; the machine's load is printed beside
 * them, since on a shared machine it moves every figure.
 */
const LINES = 100_000;
const ENTERPRISES = 4_000;
// The helpers below are shared with the city ledger's grid benchmark (bench/cityGrid.ts).
export const RUNS = 5;
export const REPEATS = 3;
const ROOT = resolve(import.meta.dirname, '..');

export function bench(name: string, value: number, unit: string): void {
  console.log(`BENCH ${name} ${Math.round(value * 100) / 100} ${unit}`);
}

/** 「（本机 2 核，测试时负载 …）」: printed beside the figures, since the load moves every one. */
export const machineLoad = () => `（本机 ${availableParallelism()} 核，测试时负载 ${loadavg().map((x) => x.toFixed(1)).join(' ')}）`;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Builds the app's renderer (out/renderer) and the bare AG Grid page; resolves to the latter's folder. */
export async function buildPages(): Promise<string> {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`界面构建失败：${r.stderr || r.stdout}`);
  const outDir = join(ROOT, 'bench/out/bare');
  await build({ root: join(ROOT, 'bench/bare'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'esnext' } });
  return outDir;
}

/** Milliseconds from navigation start until row 0's name cell has text. */
export async function firstRows(browser: Browser, url: string): Promise<{ ms: number; page: Page }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, locale: 'zh-CN' });
  // Scripts go to the page as text: tsx wraps named functions in a helper the page does not have.
  await page.addInitScript(`
    const seen = () => !!document.querySelector('.ag-row[row-index="0"] [col-id="name"]')?.textContent;
    const observer = new MutationObserver(() => {
      if (window.__firstRowsAt === undefined && seen()) {
        window.__firstRowsAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  `);
  // As long as the wait for the first row: on a loaded machine the page itself can take over 30 s.
  await page.goto(url, { timeout: 120_000 });
  // An anonymous arrow: a string predicate would be eval'd in the page, which its CSP forbids.
  await page.waitForFunction(() => (window as unknown as { __firstRowsAt?: number }).__firstRowsAt !== undefined, null, { timeout: 120_000 });
  const ms = (await page.evaluate('window.__firstRowsAt')) as number;
  return { ms, page };
}

/** The app (out/renderer) and the bare page served over one ledger from one harness process, and Chromium to load them. */
export async function servePages(ctx: ServiceContext, bareDir: string): Promise<{ app: Harness; bare: Harness; browser: Browser; close: () => Promise<void> }> {
  const dispatch = createDispatcher(ctx);
  const app = await startHarness({ dispatch, rendererDir: join(ROOT, 'out/renderer') });
  const bare = await startHarness({ dispatch, rendererDir: bareDir });
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    await app.close();
    await bare.close();
  };
  return { app, bare, browser, close };
}

/**
 * First rows of each page RUNS times, the pages alternated within each run so that a change in
 * the machine's load falls on all of them; the times per page, in the order given. One load of
 * each before, not counted, warms the server's statement cache and the OS file cache.
 */
export async function alternateFirstRows(browser: Browser, urls: readonly string[]): Promise<number[][]> {
  for (const url of urls) await (await firstRows(browser, url)).page.close();
  const times = urls.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, url] of urls.entries()) {
      const r = await firstRows(browser, url);
      times[k]!.push(r.ms);
      await r.page.close();
    }
  }
  return times;
}

/**
 * The app loaded and settled: all `total` rows counted, the search keys built and the first sort
 * prepared while idle (the grid's data-search-ready and data-sort-ready). `grid` selects its grid.
 */
export async function settledApp(browser: Browser, url: string, grid: string, total: number): Promise<Page> {
  const { page } = await firstRows(browser, url);
  await page.getByTestId('grid-counts').filter({ hasText: `共 ${total} 条` }).waitFor();
  await page.locator(`${grid}[data-search-ready][data-sort-ready]`).waitFor({ timeout: 120_000 });
  return page;
}

/**
 * The JS heap of the settled app, in MB, measured on a load of its own. Measuring needs a forced
 * full collection, and V8 then also discards compiled code it would otherwise keep: a sort timed
 * after it ran 40–50 ms slower on its second click (bench/sortProfile.ts, GC=1 against GC=0),
 * which no user's sort ever is. So the timed interactions get a fresh load.
 */
export async function heapAfterLoad(browser: Browser, url: string, grid: string, total: number): Promise<number> {
  const page = await settledApp(browser, url, grid, total);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return heap.usedSize / 1024 / 1024;
  } finally {
    await page.close();
  }
}

/** Runs `act` in the page and resolves when `done` holds, checked every animation frame. */
export async function timed(page: Page, act: string, done: string, arg: unknown = null): Promise<number> {
  const script = `(async (arg) => {
    const t0 = performance.now();
    ${act}
    await new Promise((resolve, reject) => {
      const tick = () => (${done}) ? resolve() : performance.now() - t0 > 60000 ? reject(new Error('超时')) : requestAnimationFrame(tick);
      tick();
    });
    return performance.now() - t0;
  })(${JSON.stringify(arg)})`;
  return (await page.evaluate(script)) as number;
}

/** Three times: sort ascending by 产能 (timed), then back through descending to unsorted. */
export async function sortByCapacity(page: Page, scope: string, minText: string): Promise<number[]> {
  const header = `${scope}.ag-header-cell[col-id="capacity"]`;
  const times: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    times.push(
      await timed(
        page,
        `document.querySelector('${header} .ag-header-cell-label').click();`,
        `document.querySelector('${scope}.ag-row[row-index="0"] [col-id="capacity"]')?.textContent === arg`,
        minText,
      ),
    );
    for (const state of ['descending', 'none']) {
      await page.evaluate(`document.querySelector('${header} .ag-header-cell-label').click()`);
      await page.locator(`${header}[aria-sort="${state}"]`).waitFor();
    }
    await page.waitForTimeout(300);
  }
  return times;
}

/**
 * Three times: `query` typed into the lines grid's search box (timed) until it shows its
 * `expected` rows (fewer than one screen draws: 27 rows at 860 px, rowBuffer 5), then cleared
 * until it draws more rows than that again.
 */
export async function searchLines(page: Page, query: string, expected: number): Promise<number[]> {
  const setSearch = `const input = document.querySelector('[data-testid="lines-search"] input');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arg.q);
      input.dispatchEvent(new Event('input', { bubbles: true }));`;
  // Done when the grid shows exactly the matching rows (all fit on one screen).
  const rendered = `document.querySelectorAll('[data-testid="lines-grid"] .ag-row[row-id]').length`;
  const times: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    times.push(await timed(page, setSearch, `${rendered} === arg.n`, { q: query, n: expected }));
    await timed(page, setSearch, `${rendered} > arg.n`, { q: '', n: expected });
  }
  return times;
}

export async function runGridBench(): Promise<void> {
  const bareDir = await buildPages();
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  const dbPath = join(dir, 'bench.sqlite');
  const opened = openLedgerDatabase(dbPath);
  const t0 = performance.now();
  seedLedger(opened.db, { enterprises: ENTERPRISES, lines: LINES });
  console.log(`已生成 ${ENTERPRISES} 家企业、${LINES} 条设备（${Math.round(performance.now() - t0)} ms）`);
  const ctx = createContext(opened.db, { dbPath });
  const { app, bare, browser, close } = await servePages(ctx, bareDir);
  try {
    const appUrl = `${app.url}#lines`;
    // The A/B of the range module (grid/rangeSelection.ts): the same app with it switched off.
    const noRangesUrl = `${app.url}${app.url.includes('?') ? '&' : '?'}bench-ranges-off#lines`;
    const [noRangesTimes, bareTimes, appTimes] = (await alternateFirstRows(browser, [noRangesUrl, bare.url, appUrl])) as [number[], number[], number[]];
    const appMs = median(appTimes);
    const bareMs = median(bareTimes);
    bench('grid.first_rows_ms', appMs, 'ms');
    bench('grid.bare_first_rows_ms', bareMs, 'ms');
    bench('grid.first_rows_ratio', appMs / bareMs, 'x');
    const noRangesMs = median(noRangesTimes);
    bench('grid.first_rows_no_ranges_ms', noRangesMs, 'ms');
    bench('grid.range_module_first_rows_pct', ((appMs - noRangesMs) / noRangesMs) * 100, '%');

    const lines = listCapacityLines(opened.db);
    const minCapacity = formatAmount(Math.min(...lines.map((l) => l.capacity ?? Infinity)));

    // For reference: the same sort in bare AG Grid on this machine, now.
    const barePage = (await firstRows(browser, bare.url)).page;
    await barePage.waitForTimeout(1000);
    const bareSortTimes = await sortByCapacity(barePage, '', minCapacity);
    await barePage.close();

    const grid = '[data-testid="lines-grid"]';
    const heapMb = await heapAfterLoad(browser, appUrl, grid, LINES);
    // Interactions are timed on a settled app: after loading it builds the search keys and
    // prepares the first sort while idle.
    const page = await settledApp(browser, appUrl, grid, LINES);
    const sortTimes = await sortByCapacity(page, `${grid} `, minCapacity);

    // Search by pinyin initials of an enterprise; the expected count is worked out as the grid does.
    await loadPinyin();
    const target = lines[0]!.enterpriseName;
    const query = pinyinInitials(target);
    const expected = lines.filter((l) => matches(searchKey([l.enterpriseName, l.name], [l.spec]), queryWords(query))).length;
    if (expected > 24) throw new Error(`筛选命中 ${expected} 条，多于一屏，换一家企业`);
    const filterTimes = await searchLines(page, query, expected);
    const filterMs = median(filterTimes);

    // 1,000 rows × 10 columns from 设备名称 on, every cell different from what is stored.
    const units = ['万吨', '亿米', '万重量箱', '万标张'];
    const pasteTimes: number[] = [];
    for (let k = 0; k < REPEATS; k++) {
      const tsv = Array.from({ length: 1000 }, (_, i) =>
        [`中频炉${k}-${i}`, `Φ3.2m×13m-${i}`, String(1 + ((i + k) % 50) / 10), units[(i + k) % 4], '2026年10月31日', String(1 + (i % 3)), '台', '拆除', '2026', '熔炼'].join('\t'),
      ).join('\r\n');
      await page.locator('[data-testid="lines-grid"] .ag-row[row-index="0"] [col-id="name"]').click();
      const seq = Number(await page.getByTestId('status-message').getAttribute('data-seq'));
      pasteTimes.push(
        await timed(
          page,
          `const data = new DataTransfer(); data.setData('text/plain', arg.tsv);
           document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));`,
          // Saved and shown: a new status message says so, and no cell is still marked unsaved.
          `Number(document.querySelector('[data-testid="status-message"]')?.dataset.seq) > arg.seq &&
           document.querySelector('[data-testid="status-message"]').textContent.includes('已粘贴 1000 行 × 10 列') &&
           !document.querySelector('[data-testid="lines-grid"] .cell-unsaved')`,
          { tsv, seq },
        ),
      );
      const status = await page.getByTestId('status-message').textContent();
      if (!status?.includes('保存 1000 行')) throw new Error(`粘贴结果不对：${status}`);
    }
    const pasteMs = median(pasteTimes);

    bench('grid.sort_ms', median(sortTimes), 'ms');
    bench('grid.filter_ms', filterMs, 'ms');
    bench('grid.paste_1000_ms', pasteMs, 'ms');
    bench('grid.heap_mb', heapMb, 'MB');
    bench('grid.bare_sort_ms', median(bareSortTimes), 'ms');
    console.log(machineLoad());
    console.log(`（首屏 ${RUNS} 次：应用 ${appTimes.map(Math.round).join('/')} ms，无选区模块 ${noRangesTimes.map(Math.round).join('/')} ms，对照 ${bareTimes.map(Math.round).join('/')} ms）`);
    console.log(`（排序、筛选（命中 ${expected} 条）、粘贴各 ${REPEATS} 次取中位数：排序 ${sortTimes.map(Math.round).join('/')} ms（对照 ${bareSortTimes.map(Math.round).join('/')} ms），筛选 ${filterTimes.map(Math.round).join('/')} ms，粘贴 ${pasteTimes.map(Math.round).join('/')} ms）`);
  } finally {
    await close();
    opened.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
