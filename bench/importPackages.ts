import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageRow, PackageTables } from '../src/shared/countyPackage/sheets';
import { openLedgerDatabase } from '../src/main/db/connection';
import { writeCountyPackage } from '../src/main/export/countyPackage';
import { createContext } from '../src/main/services/context';
import { rollupFiles } from '../src/main/services/rollupFiles';
import { updateSettings } from '../src/main/services/settings';
import { creditCodeCheckChar } from '../src/shared/creditCode';
import { alternate, median, ROUNDS, type LibreOfficeRun } from './alternate';

/**
 * The city's roll-up: 12 county 报送包 of about 8,000 lines each, imported into one city ledger,
 * against LibreOffice converting the same 12 files (every sheet) to CSV in one call.
 * Each package is written by the app's own writer (export/countyPackage.ts): 说明 with its
 * checksum, then 企业, 设备, 整改事项, 重点工作 and 时间节点 under the canonical headers. Ours is
 * `ledger import-packages`' path (rollupFiles): each file read and its checksum verified, planned
 * against what the city holds from that county, applied in one transaction per county, and the
 * credit codes shared across counties listed — into a city ledger file in WAL mode, as the app
 * keeps it, opened before timing.
 */
const COUNTIES = ['东昌府区', '临清市', '阳谷县', '莘县', '东阿县', '冠县', '高唐县', '茌平区', '忻府区', '定襄县', '五台县', '代县'];
const ENTERPRISES = 1_500;
const LINES = 3_500;
const CASES = 3_000;
const TASKS = 30;
const MILESTONES = 20;
const EQUIPMENT = ['中频炉', '工频炉', '水泥磨机', '平板玻璃生产线', '燃煤锅炉', '反射炉', '冲天炉'];
const DIMENSIONS = ['能耗', '环保', '质量', '安全', '技术'];
const TOWNS = ['城关镇', '新城街道', '东关街道', '西湖镇', '南山镇', '北营乡'];
/** Every fifth county also reports some of its neighbour's firms: the shared codes to flag. */
const SHARED_EVERY = 50;

function creditCode(county: number, i: number): string {
  const body = `91371${county.toString(36).toUpperCase()}${String(i).padStart(8, '0')}MA3`;
  return body + creditCodeCheckChar(body);
}

function countyTables(c: number): PackageTables {
  const county = COUNTIES[c]!;
  const firm = (e: number) => `${county}第${e + 1}号制造有限公司`;
  const code = (e: number) => (c % 5 === 4 && e % SHARED_EVERY === 0 ? creditCode(c, e + 1) : creditCode(c + 1, e + 1));
  const enterprises: PackageRow[] = [];
  for (let e = 0; e < ENTERPRISES; e++) enterprises.push({ name: firm(e), uscc: code(e), town: TOWNS[e % TOWNS.length]!, industry: '钢铁', phone: `0635-${8_000_000 + e}` });
  const lines: PackageRow[] = [];
  for (let i = 0; i < LINES; i++) {
    const e = i % ENTERPRISES;
    lines.push({ enterpriseName: firm(e), enterpriseUscc: code(e), name: EQUIPMENT[i % EQUIPMENT.length]!, spec: `型号${i + 1}`, capacity: ((i % 97) + 1) / 10, capacityUnit: '万吨', exitMethod: '拆除', planYear: 2024 });
  }
  const cases: PackageRow[] = [];
  for (let i = 0; i < CASES; i++) {
    const e = i % ENTERPRISES;
    const day = String((i % 28) + 1).padStart(2, '0');
    cases.push({ enterpriseName: firm(e), enterpriseUscc: code(e), dimension: DIMENSIONS[i % DIMENSIONS.length]!, noticeDate: `2024-0${(i % 9) + 1}-${day}`, description: `第${i + 1}项问题`, status: 'rectifying', serious: false });
  }
  const tasks: PackageRow[] = [];
  for (let i = 0; i < TASKS; i++) tasks.push({ year: 2024, section: '重点工作', content: `${county}第${i + 1}项重点工作`, leadDepartments: ['县工业和信息化局'], cooperatingDepartments: [], completionText: '2024年12月底前', continuesNumber: false, sortOrder: i });
  const milestones: PackageRow[] = [];
  for (let i = 0; i < MILESTONES; i++) milestones.push({ year: 2024, name: `${county}第${i + 1}个时间节点`, kind: 'custom', dueText: '12月底前', date: '2024-12-31', owner: '县工业和信息化局' });
  return { enterprises, lines, cases, tasks, milestones };
}

async function writePackage(file: string, c: number): Promise<number> {
  const tables = countyTables(c);
  await writeCountyPackage(file, { county: COUNTIES[c]!, year: 2024, exportedAt: `2024-07-15T0${c % 10}:00:00.000Z`, appVersion: 'bench' }, tables);
  return Object.values(tables).reduce((n, rows) => n + rows.length, 0);
}

async function timeRollup(dir: string, files: readonly string[], round: number): Promise<number> {
  const dbPath = join(dir, `city-${round}.db`);
  const opened = openLedgerDatabase(dbPath);
  const ctx = createContext(opened.db, { dbPath, readOnlyReason: opened.readOnlyReason });
  try {
    updateSettings(ctx, { countyName: '聊城市', level: '市' });
    const t0 = performance.now();
    const run = await rollupFiles(ctx, files);
    const ms = performance.now() - t0;
    const bad = run.files.find((f) => f.verdict !== 'new');
    if (bad) throw new Error(`基准报送包「${bad.file}」未汇总：${bad.verdict} ${bad.reason ?? ''}`);
    if (run.sharedCreditCodes.length === 0) throw new Error('基准报送包应有跨县重复的统一社会信用代码');
    return ms;
  } finally {
    opened.db.close();
  }
}

export async function runPackagesBench(dir: string, libreoffice: LibreOfficeRun): Promise<void> {
  const pkgDir = join(dir, 'packages');
  mkdirSync(pkgDir, { recursive: true });
  const files = COUNTIES.map((county, c) => join(pkgDir, `${county}报送包.xlsx`));
  let lines = 0;
  for (const [c, file] of files.entries()) lines += await writePackage(file, c);
  const r = await alternate((round) => timeRollup(dir, files, round), () => libreoffice(files, true));
  const ours = median(r.ours);
  const lo = median(r.libreofficeMs);
  const f = (v: number) => v.toFixed(0);
  console.log(`BENCH import.packages_ms ${f(ours)} ms`);
  console.log(`BENCH import.packages_libreoffice_ms ${f(lo)} ms`);
  console.log(`BENCH import.packages_ratio_vs_libreoffice ${(ours / lo).toFixed(2)} x`);
  console.log(`# ${files.length} packages, ${lines} lines; medians of ${ROUNDS} alternating rounds: ours ${r.ours.map(f).join(' ')} ms; LibreOffice ${r.libreofficeMs.map(f).join(' ')} ms`);
}
