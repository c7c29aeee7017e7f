import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { openLedgerDatabase } from '../src/main/db/connection';
import { ImportSession } from '../src/main/import/session';
import { creditCodeCheckChar } from '../src/shared/creditCode';
import { alternate, median, ROUNDS, type LibreOfficeRun } from './alternate';

/**
 * The city's roll-up: 12 county 报送包 of about 8,000 lines each, imported into one city ledger,
 * against LibreOffice converting the same 12 files (every sheet) to CSV in one call.
 * A package is the workbook of issue 16: 说明, then 企业, 设备, 整改事项, 重点工作 and 时间节点
 * under the canonical headers (the entities' labels). Until the package reader lands on main,
 * ours is the normal import path, sheet by sheet: one ImportSession (opened before timing, as
 * the wizard opens it), each file parsed once, each data sheet mapped, previewed and committed
 * (DATA_SHEETS).
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

function creditCode(county: number, i: number): string {
  const body = `91371${county.toString(36).toUpperCase()}${String(i).padStart(8, '0')}MA3`;
  return body + creditCodeCheckChar(body);
}

function sheet(wb: XLSX.WorkBook, name: string, rows: (string | number)[][]): void {
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { dense: true }), name);
}

function writePackage(file: string, c: number): number {
  const county = COUNTIES[c]!;
  const firm = (e: number) => `${county}第${e + 1}号制造有限公司`;
  const wb = XLSX.utils.book_new();
  sheet(wb, '说明', [[`${county}2024年落后产能退出台账报送包`], ['县（市、区）', county], ['年度', 2024], ['导出时间（UTC）', '2024-07-15T02:00:00.000Z']]);
  const enterprises: (string | number)[][] = [['企业名称', '统一社会信用代码', '乡镇（街道）', '行业', '联系电话']];
  for (let e = 0; e < ENTERPRISES; e++) enterprises.push([firm(e), creditCode(c + 1, e + 1), TOWNS[e % TOWNS.length]!, '钢铁', `0635-${8_000_000 + e}`]);
  sheet(wb, '企业', enterprises);
  const lines: (string | number)[][] = [['企业名称', '统一社会信用代码', '设备（生产线）名称', '型号规格', '产能', '产能单位', '退出方式']];
  for (let i = 0; i < LINES; i++) {
    const e = i % ENTERPRISES;
    lines.push([firm(e), creditCode(c + 1, e + 1), EQUIPMENT[i % EQUIPMENT.length]!, `型号${i + 1}`, ((i % 97) + 1) / 10, '万吨', '拆除']);
  }
  sheet(wb, '设备', lines);
  const cases: (string | number)[][] = [['企业名称', '统一社会信用代码', '维度', '整改通知下达日期', '问题描述']];
  for (let i = 0; i < CASES; i++) {
    const e = i % ENTERPRISES;
    cases.push([firm(e), creditCode(c + 1, e + 1), DIMENSIONS[i % DIMENSIONS.length]!, 45_292 + (i % 300), `第${i + 1}项问题`]);
  }
  sheet(wb, '整改事项', cases);
  const tasks: (string | number)[][] = [['年度', '部分', '主要内容', '牵头部门', '完成时间']];
  for (let i = 0; i < TASKS; i++) tasks.push([2024, '重点工作', `${county}第${i + 1}项重点工作`, '县工业和信息化局', '2024年12月底前']);
  sheet(wb, '重点工作', tasks);
  const milestones: (string | number)[][] = [['年度', '名称', '完成时间', '责任单位']];
  for (let i = 0; i < MILESTONES; i++) milestones.push([2024, `${county}第${i + 1}个时间节点`, '2024年12月底前', '县工业和信息化局']);
  sheet(wb, '时间节点', milestones);
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer);
  return ENTERPRISES + LINES + CASES + TASKS + MILESTONES;
}

/**
 * The sheets the normal import takes. 时间节点 is read with the file but not imported: the
 * ledger import has no mapping for a milestone list (the package reader will). On 重点工作
 * the proposal maps 年度 to the lines' 计划退出年度 (the earlier entity's synonym wins), and a
 * task's year is the ledger's: that column is left unmapped, as a user would.
 */
const DATA_SHEETS = ['企业', '设备', '整改事项', '重点工作'];

async function timeRollup(dir: string, files: readonly string[], round: number): Promise<number> {
  const dbPath = join(dir, `city-${round}.db`);
  openLedgerDatabase(dbPath).db.close();
  const session = ImportSession.open(dbPath, { parseTimeoutMs: 900_000 });
  try {
    await session.rows(0, 0).catch(() => null);
    const t0 = performance.now();
    for (const file of files) {
      await session.parse(file);
      for (const name of DATA_SHEETS) {
        const proposed = (await session.proposeMapping(name)).mapping;
        const mapping = name === '重点工作' ? { ...proposed, fields: proposed.fields.filter((m) => !m.target.startsWith('line.')) } : proposed;
        const preview = await session.preview(name, mapping);
        if (preview.counts.error > 0) {
          const bad = await session.rows(0, 1, 'error');
          throw new Error(`基准报送包「${name}」有 ${preview.counts.error} 行错误：${JSON.stringify(bad.rows[0]?.errors)}`);
        }
        await session.commit();
      }
    }
    return performance.now() - t0;
  } finally {
    await session.close();
  }
}

export async function runPackagesBench(dir: string, libreoffice: LibreOfficeRun): Promise<void> {
  const pkgDir = join(dir, 'packages');
  mkdirSync(pkgDir, { recursive: true });
  const files = COUNTIES.map((county, c) => join(pkgDir, `${county}报送包.xlsx`));
  const lines = files.reduce((n, file, c) => n + writePackage(file, c), 0);
  const r = await alternate((round) => timeRollup(dir, files, round), () => libreoffice(files, true));
  const ours = median(r.ours);
  const lo = median(r.libreofficeMs);
  const f = (v: number) => v.toFixed(0);
  console.log(`BENCH import.packages_ms ${f(ours)} ms`);
  console.log(`BENCH import.packages_libreoffice_ms ${f(lo)} ms`);
  console.log(`BENCH import.packages_ratio_vs_libreoffice ${(ours / lo).toFixed(2)} x`);
  console.log(`# ${files.length} packages, ${lines} lines; medians of ${ROUNDS} alternating rounds: ours ${r.ours.map(f).join(' ')} ms; LibreOffice ${r.libreofficeMs.map(f).join(' ')} ms`);
}
