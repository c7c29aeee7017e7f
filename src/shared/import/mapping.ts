import { z } from '../schemas/zod';
import { isSerialHeader, isUnitHeader, matchHeader, normaliseHeader, tableKindOf, unitInHeader, type TableKind } from './synonyms';
import { TARGETS, isTargetKey, targetLabel, type TargetKey } from './targets';

/**
 * A mapping says, for each target field, which column fills it or which constant does (every
 * row of a sheet from 城关镇 has town 城关镇 even when no column says so). Columns not named
 * are skipped. It is plain data: it travels over IPC and is saved as a profile under the
 * header's signature, to be proposed again when the same header comes back.
 */
const TargetKeySchema = z.custom<TargetKey>(isTargetKey, { error: '不认识的目标字段' });

export const FieldMapping = z.union([
  z.object({ target: TargetKeySchema, column: z.number().int().min(0) }).strict(),
  z.object({ target: TargetKeySchema, constant: z.string().min(1, { error: '固定值不能为空' }) }).strict(),
]);
export type FieldMapping = z.output<typeof FieldMapping>;

export const Mapping = z.object({ fields: z.array(FieldMapping) }).strict();
export type Mapping = z.output<typeof Mapping>;

export interface MappableColumn {
  index: number;
  name: string;
  parts: readonly string[];
}

export interface ColumnProposal {
  index: number;
  name: string;
  target: TargetKey | null;
  /** exact: a known header; partial: by its words; context: by its neighbour (单位 after 产能). */
  how: 'exact' | 'partial' | 'context' | 'none';
}

export interface MappingProposal {
  kind: TableKind;
  mapping: Mapping;
  columns: ColumnProposal[];
}

function resolve(col: MappableColumn, kind: TableKind, previous: TargetKey | null): ColumnProposal {
  const base = { index: col.index, name: col.name };
  const child = col.parts[col.parts.length - 1] ?? '';
  const parent = col.parts.length > 1 ? col.parts[col.parts.length - 2]! : '';
  if (isUnitHeader(child)) {
    const owner = parent ? matchHeader(parent, kind)?.target : previous;
    if (owner === 'line.capacity' || owner === 'line.capacityUnit') return { ...base, target: 'line.capacityUnit', how: 'context' };
    if (owner === 'line.quantity' || owner === 'line.quantityUnit' || owner === 'line.name') return { ...base, target: 'line.quantityUnit', how: 'context' };
  }
  // A sub-header under a merged parent is read with both names: 名称 under 落后生产设备（生产线）
  // is the equipment's name, not the enterprise's.
  const byParent = parent ? childOfParent(child, parent, kind) : null;
  if (byParent) return { ...base, target: byParent, how: 'partial' };
  const candidates = [col.parts.join(''), col.name, child, parent];
  for (const text of candidates) {
    const m = text ? matchHeader(text, kind) : null;
    const whole = text === col.name || text === candidates[0];
    if (m?.how === 'exact') return { ...base, target: m.target, how: whole ? 'exact' : 'partial' };
  }
  const partial = matchHeader(col.parts.join(''), kind);
  if (partial) return { ...base, ...partial };
  return { ...base, target: null, how: 'none' };
}

function childOfParent(child: string, parent: string, kind: TableKind): TargetKey | null {
  const owner = matchHeader(parent, kind)?.target;
  const own = matchHeader(child, kind)?.target;
  if (!owner || !own) return null;
  const [ownerEntity] = owner.split('.');
  const [childEntity, field] = own.split('.');
  if (ownerEntity === childEntity) return null;
  const key = `${ownerEntity}.${field}`;
  return isTargetKey(key) ? key : null;
}

/** Each field is filled from one column at most: the first (best) claim wins. */
export function proposeMapping(columns: readonly MappableColumn[], titleYear: number | null = null): MappingProposal {
  const kind = tableKindOf(columns.map((c) => c.name));
  const taken = new Map<TargetKey, number>();
  const proposals: ColumnProposal[] = [];
  let previous: TargetKey | null = null;
  for (const col of columns) {
    if (isSerialHeader(col.name)) continue;
    let p = resolve(col, kind, previous);
    if (p.target === 'task.category' && taken.has('task.category') && !taken.has('task.content')) p = { ...p, target: 'task.content' };
    if (p.target && taken.has(p.target)) p = { ...p, target: null, how: 'none' };
    if (p.target) taken.set(p.target, col.index);
    proposals.push(p);
    previous = p.target;
  }
  loneMainContent(proposals, taken);
  notesByContext(columns, proposals, taken);
  const fields: FieldMapping[] = proposals.filter((p) => p.target).map((p) => ({ target: p.target!, column: p.index }));
  for (const [unitOf, unitTarget] of [['line.capacity', 'line.capacityUnit'], ['line.quantity', 'line.quantityUnit']] as const) {
    const col = taken.get(unitOf);
    if (col === undefined || taken.has(unitTarget)) continue;
    const unit = unitInHeader(columns.find((c) => c.index === col)!.name);
    if (unit) fields.push({ target: unitTarget, constant: unit });
  }
  // 「阳谷县2022年…台账」: lines without a plan year of their own are that year's, unless the user changes it.
  if (titleYear !== null && taken.has('line.name') && !taken.has('line.planYear')) fields.push({ target: 'line.planYear', constant: String(titleYear) });
  return { kind, mapping: { fields }, columns: proposals };
}

/**
 * 主要内容 over two columns is the category and the task text; alone (序号 | 主要内容 | 牵头部门 …)
 * it is the task text itself, which every task needs.
 */
function loneMainContent(proposals: ColumnProposal[], taken: Map<TargetKey, number>): void {
  const category = taken.get('task.category');
  if (category === undefined || taken.has('task.content')) return;
  const p = proposals.find((x) => x.index === category)!;
  p.target = 'task.content';
  taken.delete('task.category');
  taken.set('task.content', category);
}

/** 备注 belongs to the most specific thing a row carries: its line, else its case, else its enterprise. */
function notesByContext(columns: readonly MappableColumn[], proposals: ColumnProposal[], taken: Map<TargetKey, number>): void {
  const target: TargetKey = taken.has('line.name') ? 'line.notes' : taken.has('case.dimension') ? 'case.notes' : 'enterprise.notes';
  for (const p of proposals) {
    if (p.target !== null || taken.has(target)) continue;
    const col = columns.find((c) => c.index === p.index)!;
    if (/^(备注|说明|备注说明|其他)$/.test(normaliseHeader(col.parts[col.parts.length - 1] ?? ''))) {
      p.target = target;
      p.how = 'context';
      taken.set(target, p.index);
    }
  }
}

/** The header as a key for saved profiles: position and normalised text of every column. */
export function headerSignature(columns: readonly MappableColumn[]): string {
  return columns.map((c) => `${c.index}:${normaliseHeader(c.name)}`).join('|');
}

/** Problems that make a mapping unusable, in Chinese; empty when it can be previewed. */
export function checkMapping(mapping: Mapping, columns: readonly MappableColumn[]): string[] {
  const problems: string[] = [];
  const seen = new Set<TargetKey>();
  const indexes = new Set(columns.map((c) => c.index));
  for (const f of mapping.fields) {
    if (seen.has(f.target)) problems.push(`「${targetLabel(f.target)}」对应了多列，请只保留一列`);
    seen.add(f.target);
    if ('column' in f && !indexes.has(f.column)) problems.push(`「${targetLabel(f.target)}」对应的列不存在，请重新选择`);
  }
  const entities = new Set(TARGETS.filter((t) => seen.has(t.key)).map((t) => t.entity));
  const ledger = entities.has('enterprise') || entities.has('line') || entities.has('case');
  if (ledger && !seen.has('enterprise.name') && !seen.has('enterprise.uscc')) {
    problems.push('请为「企业 · 企业名称」或「企业 · 统一社会信用代码」指定一列：每行数据都要能找到所属企业');
  }
  if (entities.has('line') && !seen.has('line.name')) problems.push('已对应设备（生产线）的字段，请再为「设备（生产线） · 设备（生产线）名称」指定一列');
  // A 处置措施 column (限期整改, 停产整治…) says each case's dimension by its legal path.
  if (entities.has('case') && !seen.has('case.dimension') && !seen.has('case.measure')) problems.push('已对应整改事项的字段，请再为「整改事项 · 维度」指定一列或填写固定值');
  if (entities.has('task') && !seen.has('task.content')) problems.push('已对应重点工作的字段，请再为「重点工作 · 主要内容」指定一列');
  for (const need of ['milestone.name', 'milestone.date'] as const) {
    if (entities.has('milestone') && !seen.has(need)) problems.push(`已对应时间节点的字段，请再为「${targetLabel(need)}」指定一列`);
  }
  if (entities.size === 0) problems.push('还没有对应任何字段：请至少为企业名称指定一列');
  return problems;
}
