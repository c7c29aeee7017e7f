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

export function classifyBodyRow(row: readonly Cell[], serial: ReadonlySet<number>, headerTexts: readonly string[], merges: MergeIndex, r: number): BodyRowKind {
  // 合计 and footnotes are often written in the 序号 column; data needs a cell outside it.
  const all: string[] = [];
  let data = 0;
  let distinct = 0;
  for (let c = 0; c < row.length; c++) {
    const t = squeeze(row[c] ?? null);
    if (t === '') continue;
    all.push(t);
    if (serial.has(c)) continue;
    data++;
    if (!merges.isCovered(r, c)) distinct++;
  }
  if (all.length === 0) return 'blank';
  const first = all[0]!;
  if (STRONG_FOOTNOTE.test(first) || (WEAK_FOOTNOTE.test(first) && all.length <= 4)) return 'footnote';
  if (all.slice(0, 3).some((t) => TOTAL.test(t))) return 'total';
  if (all.slice(0, 3).some((t) => SUBTOTAL.test(t))) return 'subtotal';
  if (data === 0) return 'blank';
  if (distinct === 1 && SECTION.test(all.find((t) => SECTION.test(t)) ?? '')) return 'section';
  let same = 0;
  let named = 0;
  row.forEach((v, c) => {
    const h = headerTexts[c] ?? '';
    if (h === '') return;
    named++;
    if (squeeze(v).toLowerCase() === h) same++;
  });
  if (named >= 2 && same * 5 >= named * 4) return 'repeatedHeader';
  return 'data';
}
