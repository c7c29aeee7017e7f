import { z } from '../schemas/zod';
import type { AnyEntity, EntityKey, TargetKeyOf } from '../entities/entity';
import type { TableKind } from '../entities/field';
import { LEDGER_ENTITIES } from '../entities';

/**
 * The fields a spreadsheet column can be mapped to, keyed `entity.field` with the field names
 * of the entity definitions (src/shared/entities), so that a mapping, a saved profile and a
 * preview error all name a field the same way the rest of the app does. Tasks and milestones
 * (the work plan's responsibility table and the year's dated obligations) are targets too, for
 * when their tables are imported.
 */
type Entities = (typeof LEDGER_ENTITIES)[number];
export type TargetKey = TargetKeyOf<Entities>;
export type TargetEntity = EntityKey;
/** A target key as the contract checks it (a mapping, a preview issue). */
export const TargetKey = z.custom<TargetKey>((v) => isTargetKey(v), { error: '不认识的目标字段' });

export const TARGET_ENTITY_LABELS = Object.fromEntries(LEDGER_ENTITIES.map((e) => [e.key, e.label])) as Record<TargetEntity, string>;

export interface TargetInfo {
  key: TargetKey;
  entity: TargetEntity;
  field: string;
  /** What the mapping step shows: 企业 · 企业名称. */
  label: string;
  /** The name of a city template's column filled with it. */
  exportLabel: string;
  /** The header texts of sheets that mean it, and the kinds of sheet they apply to. */
  synonyms: readonly string[];
  synonymKinds?: readonly TableKind[];
  schema: z.ZodType;
}

/** The import targets of these entities, in their order and each entity's field order. */
export function targetsOf(entities: readonly AnyEntity[]): TargetInfo[] {
  return entities.flatMap((e) => e.imports.map((t): TargetInfo => ({ ...t, key: `${e.key}.${t.field}` as TargetKey, entity: e.key })));
}

export const TARGETS: readonly TargetInfo[] = targetsOf(LEDGER_ENTITIES);

const BY_KEY = new Map<string, TargetInfo>(TARGETS.map((t) => [t.key, t]));

export function isTargetKey(value: unknown): value is TargetKey {
  return typeof value === 'string' && BY_KEY.has(value);
}

export function targetInfo(key: TargetKey): TargetInfo {
  return BY_KEY.get(key)!;
}

export function targetLabel(key: TargetKey): string {
  const t = BY_KEY.get(key)!;
  return `${TARGET_ENTITY_LABELS[t.entity]} · ${t.label}`;
}
