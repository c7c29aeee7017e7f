import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCapacityLines } from '../../../src/main/db/repositories/capacityLines';
import { listCases } from '../../../src/main/db/repositories/cases';
import { listEnterprises } from '../../../src/main/db/repositories/enterprises';
import { countAuditEntries } from '../../../src/main/db/repositories/audit';
import { writeFods, type FodsCell } from '../../support/fods';
import { IMPORT_DAY, memoryContext, tickingClock } from '../../support/db';
import { convertWithLibreOffice, hasSoffice, newProfileDir } from '../../support/libreoffice';
import { importFile, previewFile } from '../../support/importPipeline';
import { formatRowIssue } from '../../../src/shared/import/rowValues';

/**
 * Issue 11's acceptance: a county's own 排查摸底台账 made in LibreOffice — a title naming the
 * year, an enterprise merged over its two equipment rows, 合计, footnotes, and every way the
 * issue lists of writing a unit, a limit and a measure — imports every row exactly from .xlsx,
 * .xls and a GB18030 .csv, and importing it again changes nothing.
 */
const ENT_A = '阳谷县鑫达铸造（集团）有限公司';
const ENT_B = '阳谷县华通水泥有限责任公司（二号厂区）';
const HEADER = ['序号', '企业名称', '设备名称', '产能', '产能单位', '处置措施', '退出方式', '计划退出时间', '整改完成时限'];

/** [enterprise, line, capacity, unit, measure, exit method, limit as written, expected date] */
const LINES: readonly (readonly [string, string, string, string | null, string | null, string, string, string])[] = [
  [ENT_A, '中频炉（一号）', '30万吨', '万吨/年', '限期整改', '拆除', '2022年10月底前', '2022-10-31'],
  [ENT_A, '中频炉（二号）', '2', '万吨', '限期整改', '封存', '10月底前', '2022-10-31'],
  [ENT_B, '水泥磨机', '60万t', null, '停产整治', '关停整个企业', '2022年年底前', '2022-12-31'],
  [ENT_B, '立窑', '1200吨/日', 't/d', '停产整治', '转移', '年底前', '2022-12-31'],
  ['阳谷县恒昌印染有限公司', '染缸', '1.5', '亿米/年', null, '拆除', '年内', '2022-12-31'],
  ['阳谷县恒昌印染有限公司', '定型机', '0.5亿米', null, null, '拆除', '2022.12', '2022-12-31'],
  ['阳谷县永兴轮胎有限公司', '硫化机', '30万条', '万条/年', '停产整改', '拆除', '2022年12月', '2022-12-31'],
  ['阳谷县永兴轮胎有限公司', '密炼机', '20', '万条', '停产整改', '拆除', '2022年上半年', '2022-06-30'],
  ['阳谷县金光玻璃有限公司', '浮法线', '300万重量箱', null, '限制生产', '断水断电、拆除动力装置、封存主体设备', '下半年', '2022-12-31'],
  ['阳谷县金光玻璃有限公司', '平拉线', '100', '万重量箱/年', '限制生产', '拆除', '2022年三季度末', '2022-09-30'],
  ['阳谷县宏达电池有限公司', '铅蓄电池生产线', '10', '万千伏安时', '停产停业整顿', '拆除', '第三季度', '2022-09-30'],
  ['阳谷县宏达电池有限公司', '极板生产线', '5', '万千伏安时/年', '停产停业整顿', '拆除', '9月30日前', '2022-09-30'],
  ['阳谷县东方钢丝绳厂', '拉丝机', '3', '万吨', null, '拆除', '44834', '2022-09-30'],
];

/** Each enterprise's case: its 整改完成时限 as written on both its rows, and the date that means (整改期限原文 kept beside it). */
const CASE_LIMITS: Readonly<Record<string, readonly [string, string, string | null]>> = {
  [ENT_A]: ['2022年10月底前', '2022-10-31', '2022年10月底前'],
  [ENT_B]: [' 年底前 ', '2022-12-31', '年底前'],
  阳谷县永兴轮胎有限公司: ['2022.12', '2022-12-31', '2022.12'],
  阳谷县金光玻璃有限公司: ['第三季度', '2022-09-30', '第三季度'],
  // A plain day says everything itself: no text is kept beside it.
  阳谷县宏达电池有限公司: ['2022年12月31日', '2022-12-31', null],
};

function sheetRows(): { rows: FodsCell[][]; merges: [number, number, number, number][] } {
  const rows: FodsCell[][] = [
    ['阳谷县2022年落后产能退出排查摸底台账', null, null, null, null, null, null, null, null],
    ['填报单位：阳谷县工业和信息化局', null, null, null, null, null, '填报日期：2022年7月1日', null, null],
    HEADER,
  ];
  const merges: [number, number, number, number][] = [[0, 0, 0, 8]];
  let serial = 0;
  for (let i = 0; i < LINES.length; i++) {
    const [ent, line, cap, unit, measure, method, limit] = LINES[i]!;
    const first = i === 0 || LINES[i - 1]![0] !== ent;
    if (first) serial++;
    // The enterprise's cells merged down over its two equipment rows, as LibreOffice users do.
    if (first && LINES[i + 1]?.[0] === ent) merges.push([rows.length, 0, rows.length + 1, 0], [rows.length, 1, rows.length + 1, 1]);
    rows.push([first ? serial : null, first ? ent : null, line, cap, unit, measure, method, limit, measure ? CASE_LIMITS[ent]![0] : null]);
  }
  rows.push(['合计', null, null, null, null, null, null, null, null]);
  rows.push(['注：1.产能单位按原表填写；2.计划退出时间按工作方案要求填写。', null, null, null, null, null, null, null, null]);
  rows.push(['填表人：王磊', null, '联系电话：0635-6212345', null, null, null, null, null, null]);
  return { rows, merges };
}

function csvOf(rows: FodsCell[][]): Buffer {
  const cell = (v: FodsCell): string => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  // The CSV carries the enterprise on each of its rows: a CSV has no merged cells.
  let last: FodsCell = null;
  const filled = rows.map((r, i) => {
    if (i < 3 || r[0] === '合计' || String(r[0] ?? '').startsWith('注') || String(r[0] ?? '').startsWith('填表人')) return r;
    if (r[1] !== null) last = r[1]!;
    return [r[0], r[1] ?? last, ...r.slice(2)];
  });
  return iconv.encode(filled.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n', 'gb18030');
}

const dir = mkdtempSync(join(tmpdir(), 'county-sheets-'));
const profile = newProfileDir();
const files: Partial<Record<'xlsx' | 'xls' | 'csv', Buffer>> = {};
afterAll(() => [dir, profile].forEach((d) => rmSync(d, { recursive: true, force: true })));

beforeAll(async () => {
  const sheet = sheetRows();
  files.csv = csvOf(sheet.rows);
  if (!hasSoffice()) return;
  const fods = join(dir, '阳谷县台账.fods');
  writeFileSync(fods, writeFods([{ name: '排查摸底台账', ...sheet }]));
  for (const format of ['xlsx', 'xls'] as const) files[format] = readFileSync(await convertWithLibreOffice(fods, format, dir, profile));
}, 180_000);

for (const format of ['xlsx', 'xls', 'csv'] as const) {
  const needsSoffice = format !== 'csv' && !hasSoffice();
  describe.skipIf(needsSoffice)(`a county's own sheet as .${format}${needsSoffice ? '（跳过：没有安装 LibreOffice 的 soffice，无法由 .fods 生成）' : ''}`, () => {
    it('imports every row exactly: units, limits, plan years, measures and names as written; again, nothing changes', () => {
      const ctx = memoryContext(tickingClock(IMPORT_DAY));
      const { plan, result } = importFile(ctx, files[format]!, `阳谷县台账.${format}`);
      expect(plan.rows.flatMap((r) => r.errors)).toEqual([]);
      expect(plan.counts).toMatchObject({ rows: LINES.length, new: LINES.length, error: 0, linesCreated: LINES.length });
      const lines = listCapacityLines(ctx.db);
      expect(lines.map((l) => [l.enterpriseName, l.name, l.plannedExitDate, l.planYear])).toEqual(LINES.map((l) => [l[0], l[1], l[7], Number(l[7].slice(0, 4))]));
      // 完成时限原文: each limit as written beside its date; a serial number is a day, with no text to keep.
      expect(lines.map((l) => l.plannedExitText)).toEqual(LINES.map((l) => (l[6] === '44834' ? null : l[6])));
      expect(lines.map((l) => l.capacityUnit)).toEqual(['万吨', '万吨', '万吨', '吨/日', '亿米', '亿米', '万条', '万条', '万重量箱', '万重量箱', '万千伏安时', '万千伏安时', '万吨']);
      expect(lines.map((l) => l.capacity)).toEqual([30, 2, 60, 1200, 1.5, 0.5, 30, 20, 300, 100, 10, 5, 3]);
      expect(lines.map((l) => l.exitMethod)).toEqual([
        '拆除', '断水断电·拆除动力装置·封存主体设备', '关停整个企业', '转移', '拆除', '拆除', '拆除', '拆除', '断水断电·拆除动力装置·封存主体设备', '拆除', '拆除', '拆除', '拆除',
      ]);
      expect(listEnterprises(ctx.db).map((e) => e.name)).toContain(ENT_A);
      expect(listEnterprises(ctx.db).map((e) => e.name)).toContain(ENT_B);
      // 处置措施 became the cases' measures, each on the dimension its legal path belongs to.
      const cases = listCases(ctx.db);
      expect(cases.map((c) => [c.enterpriseName, c.dimension, c.measure])).toEqual([
        [ENT_A, '能耗', '限期整改'],
        [ENT_B, '环保', '停产整治'],
        ['阳谷县永兴轮胎有限公司', '质量', '停产整改'],
        ['阳谷县金光玻璃有限公司', '环保', '限制生产'],
        ['阳谷县宏达电池有限公司', '安全', '停产停业整顿'],
      ]);
      // 整改完成时限 read as a date, and kept as written beside it (整改期限原文), trimmed; a plain day keeps none.
      expect(cases.map((c) => [c.deadlineOverride, c.deadlineOverrideText])).toEqual(cases.map((c) => CASE_LIMITS[c.enterpriseName]!.slice(1)));
      // The preview says where each plan year came from: the limit's own year, else the title's.
      const second = plan.rows[1]!;
      expect(second.years).toEqual([
        { target: 'line.plannedExitDate', year: 2022, from: 'title' },
        { target: 'line.planYear', year: 2022, from: 'title' },
      ]);
      expect(plan.rows[0]!.years).toEqual([{ target: 'line.planYear', year: 2022, from: 'date' }]);

      const audit = countAuditEntries(ctx.db);
      const again = importFile(ctx, files[format]!, `阳谷县台账.${format}`);
      expect(again.plan.counts).toMatchObject({ unchanged: LINES.length, new: 0, update: 0, error: 0 });
      expect(again.result.importId).toBeNull();
      expect(countAuditEntries(ctx.db)).toBe(audit);
    });
  });
}

describe('a county sheet with a contradicting unit and limits no calendar has', () => {
  it('refuses each such cell naming its row, its column and the value as written, and imports the rest', () => {
    const rows: FodsCell[][] = [
      ['阳谷县2022年落后产能退出排查摸底台账', null, null, null, null, null, null, null, null],
      HEADER,
      [1, ENT_A, '中频炉（一号）', '30万吨', '万条/年', '限期整改', '拆除', '2022年10月底前', '2022年10月底前'],
      [2, ENT_B, '水泥磨机', '60', '万吨', '停产整治', '拆除', '2022年13月底前', '年底前'],
      [3, '阳谷县永兴轮胎有限公司', '硫化机', '30万条', '万条/年', '停产整改', '拆除', '2022年12月', '下个月'],
      [4, '阳谷县东方钢丝绳厂', '拉丝机', '3', '万吨', null, '拆除', '年底前', null],
    ];
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const plan = previewFile(ctx, csvOf(rows), '阳谷县台账.csv');
    expect(plan.rows.flatMap((r) => r.errors).map(formatRowIssue)).toEqual([
      expect.stringMatching(/^第 3 行「产能」列：「30万吨」的单位「万吨」与「产能单位」列的「万条\/年」不一致/),
      expect.stringMatching(/^第 4 行「计划退出时间」列：.*「2022年13月底前」/),
      expect.stringMatching(/^第 5 行「整改完成时限」列：.*「下个月」/),
    ]);
    expect(plan.counts).toMatchObject({ rows: 4, new: 1, error: 3 });
  });
});
