import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openLedgerDatabase } from '../src/main/db/connection';
import { listCapacityLines } from '../src/main/db/repositories/capacityLines';
import { createContext } from '../src/main/services/context';
import { updateSettings } from '../src/main/services/settings';
import { formatAmount } from '../src/renderer/src/grid/amounts';
import { loadPinyin, matches, pinyinInitials, queryWords, searchKey } from '../src/renderer/src/grid/search';
import { chineseCompare } from '../src/shared/reports/collate';
import { seedLedger } from '../test/support/sampleLedger';
import { COUNTIES } from './cityLists';
import { alternateFirstRows, bench, buildPages, heapAfterLoad, machineLoad, median, REPEATS, RUNS, searchLines, servePages, settledApp, sortByCapacity, timed } from './grid';

/**
 * The grids of a city ledger at scale (issue 16 item 6), against the grid targets of issue 14:
 * 1. builds the app and the bare AG Grid page (with its county column pinned, as the app's);
 * 2. seeds 100,000 lines over 4,200 enterprises shared out among 聊城市's 12 counties, 本级 = 市;
 * 3. on the 落后设备 grid at 1440×860: first rows five times alternating with the bare page
 *    (median, ratio); then on the settled grid, three times each: sort by 产能, the 县（市、区）
 *    set filter (opening it — it counts every row's county — and ticking one county: until the
 *    grid shows only its lines, and until the status bar gives their number), a pinyin search,
 *    and 按县分组 on and off.
 * Figures print as `BENCH city_grid.<metric> <value> <unit>`, with the machine's load.
 */
const LINES = 100_000;
const ENTERPRISES = 4_200;
const ROOT = resolve(import.meta.dirname, '..');
const GRID = '[data-testid="lines-grid"]';

/**
 * Ticks `county` in the open set filter; resolves to the milliseconds until the grid shows only
 * its lines (row 0 is of that county: the list was empty before) and until the status bar gives
 * their number (counted when the browser is next idle, LedgerGrid's recount).
 */
async function tickCounty(page: Page, county: string, n: number): Promise<{ rows: number; count: number }> {
  const script = `(async (arg) => {
    const t0 = performance.now();
    [...document.querySelectorAll('[data-testid="set-filter"] .set-filter-item')]
      .find((item) => item.querySelector('.set-filter-value').textContent === arg.county).querySelector('input').click();
    let rows = 0;
    await new Promise((resolve, reject) => {
      const tick = () => {
        const now = performance.now() - t0;
        if (!rows && document.querySelector('${GRID} .ag-row[row-index="0"] [col-id="county"]')?.textContent === arg.county) rows = now;
        const counted = document.querySelector('[data-testid="grid-counts"]')?.textContent.includes('筛选后 ' + arg.n + ' 条');
        rows && counted ? resolve() : now > 60000 ? reject(new Error('超时')) : requestAnimationFrame(tick);
      };
      tick();
    });
    return { rows, count: performance.now() - t0 };
  })(${JSON.stringify({ county, n })})`;
  return (await page.evaluate(script)) as { rows: number; count: number };
}

const UNFILTERED = `!document.querySelector('[data-testid="grid-counts"]')?.textContent.includes('筛选后')`;
const clickFilterButton = (label: string) =>
  `[...document.querySelectorAll('[data-testid="set-filter"] button')].find((b) => b.textContent.replace(/\\s/g, '') === '${label}').click();`;

/**
 * Three times: open the county column's set filter (timed until its 12 counties are listed with
 * their counts), 清除, then tick one county (tickCounty), and 全选 again.
 */
async function filterByCounty(page: Page, countyLines: Map<string, number>): Promise<{ open: number[]; rows: number[]; count: number[] }> {
  const times = { open: [] as number[], rows: [] as number[], count: [] as number[] };
  for (let k = 0; k < REPEATS; k++) {
    times.open.push(
      await timed(
        page,
        `const h = document.querySelector('${GRID} .ag-header-cell[col-id="county"]');
         (h.querySelector('.ag-header-cell-filter-button') ?? h.querySelector('.ag-header-cell-menu-button')).click();`,
        `document.querySelectorAll('[data-testid="set-filter"] .set-filter-item').length === arg`,
        countyLines.size,
      ),
    );
    await timed(page, clickFilterButton('清除'), `document.querySelector('[data-testid="grid-counts"]')?.textContent.includes('筛选后 0 条')`);
    await page.waitForTimeout(300);
    const county = COUNTIES[(k * 5) % COUNTIES.length]!;
    const tick = await tickCounty(page, county, countyLines.get(county)!);
    times.rows.push(tick.rows);
    times.count.push(tick.count);
    await timed(page, clickFilterButton('全选'), UNFILTERED);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="set-filter"]').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
  }
  return times;
}

/** Three times: 按县分组 on (timed until row 0 opens the first county's band with its count), then off (until no band is left). */
async function groupByCounty(page: Page, band: string): Promise<{ on: number[]; off: number[] }> {
  const on: number[] = [];
  const off: number[] = [];
  const toggle = `document.querySelector('[data-testid="lines-county-groups"]').click();`;
  for (let k = 0; k < REPEATS; k++) {
    on.push(await timed(page, toggle, `document.querySelector('${GRID} .ag-row[row-index="0"] [data-testid="county-band"]')?.textContent === arg`, band));
    await page.waitForTimeout(300);
    off.push(await timed(page, toggle, `!document.querySelector('${GRID} [data-testid="county-band"]')`));
    await page.waitForTimeout(300);
  }
  return { on, off };
}

export async function runCityGridBench(): Promise<void> {
  const bareDir = await buildPages();
  const dir = mkdtempSync(join(tmpdir(), 'ledger-city-grid-'));
  const dbPath = join(dir, 'bench.sqlite');
  const opened = openLedgerDatabase(dbPath);
  seedLedger(opened.db, { enterprises: ENTERPRISES, lines: LINES, counties: COUNTIES });
  const ctx = createContext(opened.db, { dbPath });
  updateSettings(ctx, { countyName: '聊城市', level: '市', year: 2026 });
  console.log(`已生成 ${COUNTIES.length} 个县（市、区）的 ${ENTERPRISES} 家企业、${LINES} 条设备，本级 = 市`);
  const { app, bare, browser, close } = await servePages(ctx, bareDir);
  try {
    const appUrl = `${app.url}#lines`;
    const [bareTimes, appTimes] = (await alternateFirstRows(browser, [`${bare.url}&county`, appUrl])) as [number[], number[]];

    const lines = listCapacityLines(opened.db);
    const minCapacity = formatAmount(Math.min(...lines.map((l) => l.capacity ?? Infinity)));
    const countyLines = new Map<string, number>();
    for (const l of lines) countyLines.set(l.county, (countyLines.get(l.county) ?? 0) + 1);
    const first = [...countyLines.keys()].sort(chineseCompare)[0]!;

    // The heap on a load of its own (see heapAfterLoad); interactions timed on a settled app.
    const heapMb = await heapAfterLoad(browser, appUrl, GRID, LINES);
    const page = await settledApp(browser, appUrl, GRID, LINES);

    const sortTimes = await sortByCapacity(page, `${GRID} `, minCapacity);
    const filter = await filterByCounty(page, countyLines);

    // Pinyin initials of the first firm whose lines fit on one screen: a city holds namesakes.
    await loadPinyin();
    const hits = (q: string) => lines.filter((l) => matches(searchKey([l.enterpriseName, l.name], [l.spec]), queryWords(q))).length;
    const query = [...new Set(lines.map((l) => pinyinInitials(l.enterpriseName)))].find((q) => hits(q) <= 24);
    if (!query) throw new Error('找不到命中一屏以内的企业');
    const expected = hits(query);
    const searchTimes = await searchLines(page, query, expected);

    const groups = await groupByCounty(page, `${first} · ${countyLines.get(first)}条`);

    const appMs = median(appTimes);
    const bareMs = median(bareTimes);
    bench('city_grid.first_rows_ms', appMs, 'ms');
    bench('city_grid.bare_first_rows_ms', bareMs, 'ms');
    bench('city_grid.first_rows_ratio', appMs / bareMs, 'x');
    bench('city_grid.sort_ms', median(sortTimes), 'ms');
    bench('city_grid.county_filter_open_ms', median(filter.open), 'ms');
    bench('city_grid.county_filter_ms', median(filter.rows), 'ms');
    bench('city_grid.county_filter_counted_ms', median(filter.count), 'ms');
    bench('city_grid.search_ms', median(searchTimes), 'ms');
    bench('city_grid.group_on_ms', median(groups.on), 'ms');
    bench('city_grid.group_off_ms', median(groups.off), 'ms');
    bench('city_grid.heap_mb', heapMb, 'MB');
    console.log(machineLoad());
    const each = (xs: number[]) => xs.map(Math.round).join('/');
    console.log(`（首屏 ${RUNS} 次：应用 ${each(appTimes)} ms，对照 ${each(bareTimes)} ms）`);
    console.log(
      `（各 ${REPEATS} 次取中位数：排序 ${each(sortTimes)} ms，打开县筛选 ${each(filter.open)} ms，勾选一县至只显示该县 ${each(filter.rows)} ms、至状态栏显示其条数 ${each(filter.count)} ms，` +
        `搜索（命中 ${expected} 条）${each(searchTimes)} ms，按县分组 ${each(groups.on)} ms，取消分组 ${each(groups.off)} ms）`,
    );
  } finally {
    await close();
    opened.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
