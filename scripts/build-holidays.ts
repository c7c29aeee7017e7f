/**
 * Writes resources/calendar/holidays-cn.json, the holiday calendar the app ships, from the npm
 * package chinese-days (each of its years is traced to the 国务院办公厅 notice on gov.cn).
 *
 * 1. Read chinese-days' date → "English,中文,n" maps of holidays (放假日) and make-up working
 *    days (调休上班日), and the gov.cn links from the comments of its source.
 * 2. File every day under the year of the notice that announced it: a notice names its year's
 *    元旦, which can begin in the December before (2019's began on 2018-12-30).
 * 3. Keep 2017–2026, name the holidays as the notices do (清明节, not 清明), check the result
 *    against the app's own schema, and write it.
 *
 * Run: npx tsx scripts/build-holidays.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HolidayFile } from '../src/shared/calendar/schema';

const FIRST_YEAR = 2017;
const LAST_YEAR = 2026;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'chinese-days');
const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
const data = JSON.parse(readFileSync(join(pkgDir, 'dist', 'chinese-days.json'), 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

// chinese-days' English names are stable keys; the Chinese ones are abbreviated (清明, 端午).
const OFFICIAL_NAMES: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Tomb-sweeping Day': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
  'National Day': '国庆节',
  'Anti-Fascist 70th Day': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
};

function officialName(raw: string, date: string): string {
  const english = raw.split(',')[0] ?? '';
  const name = OFFICIAL_NAMES[english];
  if (name === undefined) throw new Error(`chinese-days 中 ${date} 的节日名称无法识别：${raw}`);
  return name;
}

function noticeYear(date: string, name: string): number {
  const year = Number(date.slice(0, 4));
  return name === '元旦' && date.slice(5, 7) === '12' ? year + 1 : year;
}

/** The gov.cn links chinese-days cites above each year's arrangement, keyed by year. */
function noticeLinks(): Map<number, string[]> {
  const source = readFileSync(join(pkgDir, 'src', 'holidays', 'generate.ts'), 'utf8');
  const links = new Map<number, string[]>();
  for (const block of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = block[1] ?? '';
    const year = /^\s*\*\s*(\d{4})\s*$/m.exec(body);
    if (!year) continue;
    links.set(Number(year[1]), [...body.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]));
  }
  return links;
}

const links = noticeLinks();
const years = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const holidays = Object.entries(data.holidays)
    .map(([date, raw]) => ({ date, name: officialName(raw, date) }))
    .filter((d) => noticeYear(d.date, d.name) === year)
    .sort((a, b) => a.date.localeCompare(b.date));
  const workdays = Object.entries(data.workdays)
    .map(([date, raw]) => ({ date, holiday: officialName(raw, date) }))
    .filter((d) => noticeYear(d.date, d.holiday) === year)
    .sort((a, b) => a.date.localeCompare(b.date));
  const notices = links.get(year) ?? [];
  if (holidays.length === 0 || notices.length === 0) throw new Error(`chinese-days 中没有 ${year} 年的放假安排或通知链接`);
  years.push({ year, notices, holidays, workdays });
}

const file = HolidayFile.parse({
  source:
    `国务院办公厅关于${FIRST_YEAR}—${LAST_YEAR}年部分节假日安排的通知（各年通知链接见 notices），` +
    `数据取自 npm 包 chinese-days ${version}，由 scripts/build-holidays.ts 生成；请勿手工修改，更正或补充请在应用内录入。`,
  generatedFrom: `chinese-days@${version}`,
  years,
});

/** Two-space JSON with each day on one line, so a year reads like the notice and diffs stay small. */
function formatFile(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(/\{\n\s+("date": "[^"]+"),\n\s+("(?:name|holiday)": "[^"]+")\n\s+\}/g, '{ $1, $2 }')}\n`;
}

const out = join(root, 'resources', 'calendar', 'holidays-cn.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, formatFile(file));
console.log(`已写入 ${out}：${years.length} 个年度`);
