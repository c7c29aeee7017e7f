import { toHalfWidth } from '../normalise/text';
import type { TableKind } from '../entities/field';
import { TARGETS, type TargetInfo, type TargetKey } from './targets';

export type { TableKind };

/**
 * The header texts county and city sheets actually use, per target field. Real sheets vary a
 * lot (企业名称 / 单位名称 / 企业（单位）名称 / *企业全称), so headers are compared after
 * normaliseHeader: half-width, no white space or line breaks, no required-field stars, one kind
 * of bracket. Some words mean different fields in different tables (牵头部门 is a task's in a
 * work plan and a case's in a ledger), so a synonym may be limited to one table kind.
 */

export function normaliseHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[*＊※]/g, '')
    .replace(/[【［]/g, '[')
    .replace(/[】］]/g, ']')
    .replace(/[:：]+$/, '')
    .toLowerCase();
}

/** 产能(万吨) → 产能 */
export function stripBrackets(key: string): string {
  return key.replace(/\([^)]*\)|\[[^\]]*\]/g, '');
}

/** The bracketed part of a header, when it names a unit: 产能(万吨/年) → 万吨/年. */
export function unitInHeader(text: string): string | null {
  const m = /[(（]([^()（）]{1,10})[)）]\s*$/.exec(toHalfWidth(text).trim());
  if (!m) return null;
  const unit = m[1]!.replace(/\s+/g, '');
  return /^[万亿千百]?(吨|重量箱|标张|米|千伏安时|千瓦|条|台|套|座|辆|立方米|平方米|千瓦时|标箱|件|个)(\/[年日天时])?$/.test(unit) ? unit : null;
}

const ANY: readonly TableKind[] = ['ledger', 'task', 'milestone'];

/** Words only a work plan table (task) or a calendar (milestone) has: they set the table kind. */
export const KIND_MARKERS: Readonly<Record<Exclude<TableKind, 'ledger'>, readonly string[]>> = {
  task: ['配合部门', '配合单位', '协同部门', '工作任务', '主要内容', '工作内容', '具体任务', '工作措施'],
  milestone: ['时间节点', '节点名称', '工作节点', '文号'],
};

/** Normalised header → target, per kind of sheet. */
export type SynonymIndex = ReadonlyMap<TableKind, ReadonlyMap<string, TargetKey>>;

/**
 * The synonyms are declared with their fields (src/shared/entities); the first target to claim a
 * header in a kind of sheet keeps it.
 */
export function synonymIndex(targets: readonly Pick<TargetInfo, 'key' | 'synonyms' | 'synonymKinds'>[]): SynonymIndex {
  const index = new Map<TableKind, Map<string, TargetKey>>(ANY.map((k) => [k, new Map()]));
  for (const { key: target, synonyms, synonymKinds } of targets) {
    for (const kind of synonymKinds ?? ANY) {
      const map = index.get(kind)!;
      for (const w of synonyms) {
        const key = normaliseHeader(w);
        if (!map.has(key)) map.set(key, target);
      }
    }
  }
  return index;
}

const EXACT = synonymIndex(TARGETS);

/** Fallbacks for headers no list foresaw: the first rule whose words all occur wins. */
const CONTAINS: readonly (readonly [TargetKey, readonly string[]])[] = [
  ['enterprise.uscc', ['信用代码']],
  ['line.capacityUnit', ['产能', '单位']],
  ['line.quantityUnit', ['数量', '单位']],
  ['enterprise.name', ['企业', '名称']],
  ['enterprise.name', ['单位', '名称']],
  ['line.name', ['设备', '名称']],
  ['line.name', ['生产线']],
  ['line.spec', ['型号']],
  ['line.spec', ['规格']],
  ['line.capacity', ['产能']],
  ['line.quantity', ['数量']],
  ['case.dimension', ['维度']],
  ['case.noticeDate', ['通知', '日期']],
  ['case.noticeDate', ['通知', '时间']],
  ['enterprise.town', ['乡镇']],
  ['enterprise.town', ['街道']],
  ['enterprise.phone', ['电话']],
  ['line.exitMethod', ['退出方式']],
  ['line.exitDate', ['退出', '日期']],
  ['line.acceptanceDate', ['验收', '日期']],
  ['line.acceptanceDate', ['验收', '时间']],
  ['case.reinspectionDate', ['复查', '日期']],
  ['case.measure', ['整改措施']],
  ['case.description', ['问题', '描述']],
  ['case.standard', ['标准']],
  ['enterprise.industry', ['行业']],
  ['enterprise.address', ['地址']],
];

export interface HeaderMatch {
  target: TargetKey;
  how: 'exact' | 'partial';
}

/** The field a header names, exactly or by its words; null if it names none. */
export function matchHeader(text: string, kind: TableKind, index: SynonymIndex = EXACT): HeaderMatch | null {
  const key = normaliseHeader(text);
  if (key === '') return null;
  const map = index.get(kind)!;
  const exact = map.get(key) ?? map.get(stripBrackets(key));
  if (exact) return { target: exact, how: 'exact' };
  if (kind !== 'ledger') return null;
  for (const [target, words] of CONTAINS) {
    if (words.every((w) => key.includes(w))) return { target, how: 'partial' };
  }
  return null;
}

/** The table kind a set of headers reveals. */
export function tableKindOf(headers: readonly string[]): TableKind {
  const keys = headers.map(normaliseHeader);
  for (const kind of ['task', 'milestone'] as const) {
    if (keys.some((k) => KIND_MARKERS[kind].includes(k) || KIND_MARKERS[kind].includes(stripBrackets(k)))) return kind;
  }
  return 'ledger';
}

/** Headers that are row numbers, not data: 序号, 序 号, No. */
export function isSerialHeader(text: string): boolean {
  return /^(序号|序|编号序号|no\.?|#)$/.test(normaliseHeader(text));
}

/** Units are their own column under a parent (退出产能/单位) or right after a number column. */
export function isUnitHeader(text: string): boolean {
  return /^(计量)?单位$/.test(normaliseHeader(text));
}
