/**
 * A city ledger at scale (issue 16 item 6): 100,000 lines of 12 counties, and how long its lists
 * and statistics take by county — the workbench's 黄牌名单, the exported yellow and red lists and
 * 汇总表 (county × industry × dimension), and the 统计 screen's figures — against the grid
 * targets (≤ 200 ms). The grid figures for the same size are `npm run bench -- grid`.
 *
 * 1. Untimed: a city ledger in memory, 12 counties × 700 enterprises × 12 lines (100,800
 *    lines), a case on every fourth line, written straight into the tables in one transaction.
 * 2. Timed: each query three times in turn, the median printed (the machine is shared and noisy).
 *    The last two read the same lines as one county's ledger would (汇总表 by town, 统计 without
 *    counties), which must not be slower than the city's.
 */
import { openLedgerDatabase } from '../src/main/db/connection';
import { yearStatistics } from '../src/main/db/repositories/statistics';
import { createContext, type ServiceContext } from '../src/main/services/context';
import { listCardEnterprises } from '../src/main/services/deadlineList';
import { previewReport } from '../src/main/services/reports';
import { summaryRows } from '../src/main/db/repositories/reportSummary';
import { updateSettings } from '../src/main/services/settings';

/** 聊城市's twelve counties and districts; the city grid benchmark (bench/cityGrid.ts) seeds the same. */
export const COUNTIES = ['东昌府区', '茌平区', '临清市', '阳谷县', '莘县', '东阿县', '冠县', '高唐县', '经开区', '高新区', '度假区', '江北水城'];
const ENTERPRISES_PER_COUNTY = 700;
const LINES_PER_ENTERPRISE = 12;
const INDUSTRIES = ['铸造', '水泥', '平板玻璃', '印染', '制革', '铅蓄电池'];
const DIMENSIONS = ['能耗', '环保', '质量', '安全', '技术'];
const NOW = '2026-11-20T08:00:00.000Z';

function cityLedger(): ServiceContext {
  const { db } = openLedgerDatabase(':memory:');
  const ctx = createContext(db, { dbPath: ':memory:', now: () => new Date(NOW) });
  updateSettings(ctx, { countyName: '聊城市', level: '市', year: 2026 });
  const enterprise = db.prepare('INSERT INTO enterprises (name, town, industry, county, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const line = db.prepare(
    `INSERT INTO capacity_lines (enterprise_id, name, capacity, capacity_unit, plan_year, exit_date, created_at, updated_at)
     VALUES (?, ?, ?, '万吨', 2026, ?, ?, ?)`,
  );
  const kase = db.prepare(
    `INSERT INTO cases (enterprise_id, dimension, status, notice_date, description, created_at, updated_at) VALUES (?, ?, '整改中', ?, '不达标', ?, ?)`,
  );
  const link = db.prepare('INSERT INTO case_lines (case_id, line_id) VALUES (?, ?)');
  db.transaction(() => {
    let n = 0;
    for (const county of COUNTIES) {
      for (let e = 0; e < ENTERPRISES_PER_COUNTY; e++) {
        const id = Number(enterprise.run(`${county}第${e + 1}企业有限公司`, `第${e % 9}镇`, INDUSTRIES[e % INDUSTRIES.length], county, NOW, NOW).lastInsertRowid);
        for (let l = 0; l < LINES_PER_ENTERPRISE; l++, n++) {
          const lineId = Number(line.run(id, `中频炉${l + 1}号`, 0.5 + (n % 7) * 0.25, n % 3 === 0 ? null : `2026-0${1 + (n % 9)}-15`, NOW, NOW).lastInsertRowid);
          if (n % 4 === 0) {
            const caseId = Number(kase.run(id, DIMENSIONS[n % DIMENSIONS.length], `2026-0${1 + (n % 6)}-10`, NOW, NOW).lastInsertRowid);
            link.run(caseId, lineId);
          }
        }
      }
    }
  })();
  return ctx;
}

const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runCityListsBench(): Promise<void> {
  const ctx = cityLedger();
  const lines = (ctx.db.prepare('SELECT count(*) AS n FROM capacity_lines').get() as { n: number }).n;
  console.log(`BENCH city.lines ${lines} lines`);
  console.log(`BENCH city.counties ${COUNTIES.length} counties`);
  const timings: [string, () => unknown][] = [
    ['workbench_yellow_ms', () => listCardEnterprises(ctx, 'yellow')],
    ['yellow_list_ms', () => previewReport(ctx, 'yellow', 2026)],
    ['red_list_ms', () => previewReport(ctx, 'red', 2026)],
    ['summary_by_county_ms', () => previewReport(ctx, 'summary', 2026)],
    ['statistics_by_county_ms', () => yearStatistics(ctx.db, 2026, true)],
    ['county_summary_ms', () => summaryRows(ctx.db, 2026, false)],
    ['county_statistics_ms', () => yearStatistics(ctx.db, 2026, false)],
  ];
  const times = new Map<string, number[]>(timings.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of timings) {
      const start = performance.now();
      run();
      times.get(name)!.push(performance.now() - start);
    }
  }
  for (const [name, values] of times) console.log(`BENCH city.${name} ${median(values).toFixed(0)} ms`);
  await Promise.resolve();
}
