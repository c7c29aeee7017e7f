import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { openLedgerDatabase } from '../src/main/db/connection';
import { ImportSession } from '../src/main/import/session';
import { creditCodeCheckChar } from '../src/shared/creditCode';
import { alternate, median, ROUNDS, warmLibreOffice } from './alternate';
import { runPackagesBench } from './importPackages';

/**
 * Import of a 100,000-row county ledger, end to end, against LibreOffice converting the same
 * file to CSV, alternating in one run (alternate.ts), then the city's roll-up of 12 county
 * packages against LibreOffice converting those (importPackages.ts):
 * 1. write the .xlsx (title, 填报单位 line, header, 100,000 rows: 25,000 enterprises with four
 *    lines each, a case per line; nine columns, so 0.9 million cells) — not timed;
 * 2. time `soffice --headless --convert-to csv` on it;
 * 3. time this app's wizard path, an ImportSession (worker thread, own connection): parse
 *    (read + detect: parse_ms), propose the mapping, preview every row against the ledger
 *    (normalise, validate, match), commit in one transaction with audit, on a ledger file in
 *    WAL mode as the app uses it. The user's think time between preview and commit is not there.
 */
const ROWS = 100_000;
const LINES_PER_ENTERPRISE = 4;
const TOWNS = ['城关镇', '新城街道', '东关街道', '西湖镇', '南山镇', '北营乡', '河口镇', '开发区'];
const EQUIPMENT = ['中频炉', '工频炉', '水泥磨机', '平板玻璃生产线', '燃煤锅炉', '反射炉', '冲天炉'];
const DIMENSIONS = ['能耗', '环保', '质量', '安全', '技术'];

function creditCode(i: number): string {
  const body = `913701${String(i).padStart(8, '0')}MA3`;
  return body + creditCodeCheckChar(body);
}

export function writeBenchXlsx(file: string): void {
  const rows: (string | number)[][] = [
    ['某县落后产能退出工作台账（压力测试）'],
    ['填报单位：某县工业和信息化局', '', '', '', '', '', '', '填报日期：2024年7月15日'],
    ['序号', '乡镇（街道）', '企业名称', '统一社会信用代码', '设备名称', '型号规格', '退出产能（万吨）', '存在问题维度', '整改通知下达日期'],
  ];
  for (let i = 0; i < ROWS; i++) {
    const e = Math.floor(i / LINES_PER_ENTERPRISE);
    const k = i % LINES_PER_ENTERPRISE;
    rows.push([
      i + 1,
      TOWNS[e % TOWNS.length]!,
      `某县第${e + 1}号制造有限公司`,
      creditCode(e + 1),
      EQUIPMENT[(e + k) % EQUIPMENT.length]!,
      `型号${k + 1}-${(e % 50) + 1}t`,
      ((e % 97) + 1) / 10,
      DIMENSIONS[k % DIMENSIONS.length]!,
      45_292 + (i % 300),
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { dense: true }), '台账');
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer);
}

/** The wizard's path: an ImportSession, opened before timing as the wizard opens it when shown. */
async function timeOurImport(dir: string, xlsx: string, round: number): Promise<OurRun> {
  const dbPath = join(dir, `ledger-${round}.db`);
  openLedgerDatabase(dbPath).db.close();
  // The bound on reading a file is for the user's machine; a loaded bench box may pass it.
  const session = ImportSession.open(dbPath, { parseTimeoutMs: 900_000 });
  try {
    await session.rows(0, 0).catch(() => null);
    const t0 = performance.now();
    const parsed = await session.parse(xlsx);
    const t1 = performance.now();
    const sheet = parsed.sheets[0]!.name;
    const { mapping } = await session.proposeMapping(sheet);
    const preview = await session.preview(sheet, mapping);
    if (preview.counts.error > 0) {
      const bad = await session.rows(0, 1, 'error');
      throw new Error(`基准数据有 ${preview.counts.error} 行错误：${JSON.stringify(bad.rows[0]?.errors)}`);
    }
    const t2 = performance.now();
    await session.commit();
    const t3 = performance.now();
    return { totalMs: t3 - t0, parseMs: t1 - t0, previewMs: t2 - t1, commitMs: t3 - t2, rows: preview.counts.rows };
  } finally {
    await session.close();
  }
}

interface OurRun {
  totalMs: number;
  parseMs: number;
  previewMs: number;
  commitMs: number;
  rows: number;
}

export async function runImportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const xlsx = join(dir, 'bench.xlsx');
    writeBenchXlsx(xlsx);
    const libreoffice = await warmLibreOffice(dir);
    const r = await alternate((round) => timeOurImport(dir, xlsx, round), () => libreoffice([xlsx], false));
    const at = (k: keyof OurRun) => median(r.ours.map((o) => o[k]));
    const lo = median(r.libreofficeMs);
    const f = (v: number) => v.toFixed(0);
    console.log(`BENCH import.total_ms ${f(at('totalMs'))} ms`);
    console.log(`BENCH import.parse_ms ${f(at('parseMs'))} ms`);
    console.log(`BENCH import.commit_rows_per_s ${f(ROWS / (at('commitMs') / 1000))} rows/s`);
    console.log(`BENCH import.libreoffice_ms ${f(lo)} ms`);
    console.log(`BENCH import.ratio_vs_libreoffice ${(at('totalMs') / lo).toFixed(2)} x`);
    console.log(`# medians of ${ROUNDS} alternating rounds: parse_ms ${f(at('parseMs'))}, preview_ms ${f(at('previewMs'))}, commit_ms ${f(at('commitMs'))}, rows ${r.ours[0]!.rows}`);
    console.log(`# rounds ours ${r.ours.map((o) => f(o.totalMs)).join(' ')} ms; LibreOffice ${r.libreofficeMs.map(f).join(' ')} ms`);
    await runPackagesBench(dir, libreoffice);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
