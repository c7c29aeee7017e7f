import { toHalfWidth } from '../normalise/text';
import type { Cell } from './types';
import type { MergeIndex } from './merges';

/**
 * What a row below the header is. Offices put more than data under a table: 合计 and 小计
 * rows, section headings of a work plan (一、重点任务), the header repeated for printing, blank
 * template rows, and footnotes (填报说明, 填表人, 联系电话, 审核人, 注：…).
 */
export type BodyRowKind = 'data' | 'blank' | 'total' | 'subtotal' | 'section' | 'repeatedHeader' | 'footnote';

const squeeze = (v: Cell): string => (v === null ? '' : toHalfWidth(String(v)).replace(/\s+/g, ''));

/** 填报单位：… / 填报日期：… lines between a title and its header. */
export function isInfoLine(text: string): boolean {
  return /^(填报单位|报送单位|填报日期|报送日期|制表单位|制表日期|统计时间|截至时间|截止时间|单位(名称)?[:：]|日期[:：]|金额单位|计量单位[:：])/.test(
    squeeze(text),
  );
}

const STRONG_FOOTNOTE = /^(填报说明|填表说明|编制说明|填表人|填报人|制表人|审核人|审核|复核人|统计人|单位负责人|分管领导|主要负责人|经办人)/;
const WEAK_FOOTNOTE = /^(注|说明|备注|附注|联系人|联系电话|电话|负责人|填报日期|报送日期|制表日期|日期)(\d*[:：、.]|$)/;
const TOTAL = /^(合计|总计|共计|总合计|全县合计|全市合计|全区合计|合计数)[:：]?$/;
const SUBTOTAL = /^(小计)[:：]?$/;
const SECTION = /^[一二三四五六七八九十]+[、.．]/;

function isBlankCell(v: Cell | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'number') return false;
  return v.length === 0 || (v.charCodeAt(0) <= 32 || v.charCodeAt(0) === 0x3000 ? !/[^\s\u3000]/.test(v) : false);
}

/**
 * Runs once per row of sheets of 100,000 rows: it looks at the first few filled cells only,
 * and at the whole row just for the rare candidates (a section heading, a repeated header).
 */
export function classifyBodyRow(row: readonly Cell[], serial: ReadonlySet<number>, headerTexts: readonly string[], merges: MergeIndex, r: number): BodyRowKind {
  // 合计 and footnotes are often written in the 序号 column; data needs a cell outside it.
  const firsts: string[] = [];
  let filled = 0;
  let data = 0;
  let firstData = -1;
  for (let c = 0; c < row.length; c++) {
    if (isBlankCell(row[c])) continue;
    filled++;
    if (firsts.length < 3) firsts.push(squeeze(row[c] ?? null));
    if (serial.has(c)) continue;
    data++;
    if (firstData < 0) firstData = c;
  }
  if (filled === 0) return 'blank';
  const first = firsts[0]!;
  if (STRONG_FOOTNOTE.test(first) || (WEAK_FOOTNOTE.test(first) && filled <= 4)) return 'footnote';
  if (firsts.some((t) => TOTAL.test(t))) return 'total';
  if (firsts.some((t) => SUBTOTAL.test(t))) return 'subtotal';
  if (data === 0) return 'blank';
  const lead = squeeze(row[firstData] ?? null);
  if (SECTION.test(lead)) {
    let distinct = 0;
    for (let c = 0; c < row.length; c++) if (!serial.has(c) && !isBlankCell(row[c]) && !merges.isCovered(r, c)) distinct++;
    if (distinct === 1) return 'section';
  }
  if (lead.toLowerCase() === (headerTexts[firstData] ?? '')) {
    let same = 0;
    let named = 0;
    row.forEach((v, c) => {
      const h = headerTexts[c] ?? '';
      if (h === '') return;
      named++;
      if (squeeze(v).toLowerCase() === h) same++;
    });
    if (named >= 2 && same * 5 >= named * 4) return 'repeatedHeader';
  }
  return 'data';
}
