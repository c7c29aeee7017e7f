import { z } from '../schemas/zod';
import { entityId } from '../schemas/fields';
import type { FieldDef, FieldMeta } from './field';

/**
 * A ledger entity: its fields (entities/field.ts) and what every layer derives from them — the
 * input and record schemas, the labels, the table's columns, the blank grid row, the import
 * targets. The entity files (enterprise.ts, capacityLine.ts, case.ts, task.ts, milestone.ts)
 * each make one with defineEntity.
 */

/** A field of any schema pair (`any`: FieldDef is invariant in its schemas). */
export type AnyField = FieldDef<any, any>;
export type Fields = Record<string, AnyField>;

/** The prefix of an import target ('enterprise.name') and the entity's name in messages. */
export type EntityKey = 'enterprise' | 'line' | 'case' | 'task' | 'milestone';

/** An import target that is not a stored field (a milestone's 截止日期 as the sheet writes it). */
export interface ImportOnlyField extends Pick<FieldMeta, 'label' | 'synonyms' | 'synonymKinds' | 'exportLabel'> {
  input: z.ZodType;
}

interface EntitySpec<K extends EntityKey, F extends Fields, C extends z.ZodRawShape, J extends z.ZodRawShape, N extends keyof F & string, O extends string> {
  key: K;
  /** 企业 / 设备（生产线）… */
  label: string;
  table: string;
  fields: F;
  /** Stored columns the services set, not the user (a case's status). */
  computed?: C;
  /** Read with the row from other tables (a line's enterprise name). */
  joined?: J;
  /** Fields an import does not fill (a task's sort order). Parent references are never imported. */
  notImported?: readonly N[];
  /** Import targets beyond the stored fields, for sheets whose columns are not the stored shape. */
  importOnly?: Record<O, ImportOnlyField>;
}

type RefKeys<F extends Fields> = { [K in keyof F]: F[K]['ref'] extends true ? K : never }[keyof F];

type InputShape<F extends Fields> = { [K in keyof F]: F[K]['input'] };
type ValueShape<F extends Fields> = { [K in keyof F]: F[K]['value'] };
type Stamps = { createdAt: z.ZodString; updatedAt: z.ZodString; deletedAt: z.ZodNullable<z.ZodString> };
export type RecordShape<F extends Fields, C extends z.ZodRawShape, J extends z.ZodRawShape> = { id: typeof entityId } & ValueShape<F> &
  C &
  J &
  Stamps;

export interface ImportTarget {
  field: string;
  label: string;
  exportLabel: string;
  synonyms: readonly string[];
  synonymKinds?: FieldMeta['synonymKinds'];
  schema: z.ZodType;
}

export interface Entity<
  F extends Fields = Fields,
  C extends z.ZodRawShape = z.ZodRawShape,
  J extends z.ZodRawShape = z.ZodRawShape,
  K extends EntityKey = EntityKey,
  I extends string = string,
> {
  key: K;
  label: string;
  table: string;
  fields: F;
  /** Field names in declaration order. */
  keys: (keyof F & string)[];
  /** The table's writable columns (camelCase; each column is its snake_case). */
  columns: string[];
  labels: { [K in keyof F]: string };
  inputShape: InputShape<F>;
  valueShape: ValueShape<F>;
  recordShape: RecordShape<F, C, J>;
  /** Fields whose changes leave no audit entry. */
  unaudited: ReadonlySet<string>;
  /** Each date field kept as written beside itself (FieldMeta.writtenIn): date field → text field. */
  writtenLimits: Readonly<Record<string, string>>;
  /** The import targets, each keyed `${key}.${field}` (TargetKey in import/targets.ts). */
  imports: (ImportTarget & { field: I })[];
  /** What it was defined from, for an entity made from it (withFields). */
  spec: EntitySpec<K, F, C, J, keyof F & string, string>;
}

/** Any entity, for code that works on all of them (the CLI's JSON, the grids' blank rows). */
export interface AnyEntity {
  key: EntityKey;
  label: string;
  table: string;
  fields: Readonly<Record<string, AnyField>>;
  keys: readonly string[];
  columns: readonly string[];
  labels: Readonly<Record<string, string>>;
  recordShape: Readonly<Record<string, z.ZodType>>;
  unaudited: ReadonlySet<string>;
  writtenLimits: Readonly<Record<string, string>>;
  imports: readonly ImportTarget[];
}

/** The import target keys of an entity: 'enterprise.name' … */
export type TargetKeyOf<E extends { key: string; imports: readonly { field: string }[] }> = E extends unknown
  ? `${E['key']}.${E['imports'][number]['field']}`
  : never;

function mapFields<F extends Fields, R>(fields: F, f: (field: AnyField, key: string) => R): { [K in keyof F]: R } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, f(v, k)])) as { [K in keyof F]: R };
}

export function defineEntity<
  K extends EntityKey,
  F extends Fields,
  C extends z.ZodRawShape = Record<never, never>,
  J extends z.ZodRawShape = Record<never, never>,
  N extends keyof F & string = never,
  O extends string = never,
>(spec: EntitySpec<K, F, C, J, N, O>): Entity<F, C, J, K, Exclude<keyof F & string, N | RefKeys<F>> | O> {
  const keys = Object.keys(spec.fields) as (keyof F & string)[];
  const computed = (spec.computed ?? {}) as C;
  const joined = (spec.joined ?? {}) as J;
  const valueShape = mapFields(spec.fields, (f) => f.value) as ValueShape<F>;
  const skip = new Set<string>(spec.notImported ?? []);
  const stored: ImportTarget[] = keys
    .filter((k) => !skip.has(k) && !spec.fields[k]!.ref)
    .map((k) => importTarget(k, spec.fields[k]!, spec.fields[k]!.importInput ?? spec.fields[k]!.input));
  const extra = Object.entries<ImportOnlyField>(spec.importOnly ?? ({} as Record<O, ImportOnlyField>)).map(([k, f]) => importTarget(k, f, f.input));
  return {
    spec: spec as EntitySpec<K, F, C, J, keyof F & string, string>,
    key: spec.key,
    label: spec.label,
    table: spec.table,
    fields: spec.fields,
    keys,
    columns: [...keys, ...Object.keys(computed)],
    labels: mapFields(spec.fields, (f) => f.label),
    inputShape: mapFields(spec.fields, (f) => f.input) as InputShape<F>,
    valueShape,
    recordShape: {
      id: entityId,
      ...valueShape,
      ...computed,
      ...joined,
      createdAt: z.string(),
      updatedAt: z.string(),
      deletedAt: z.string().nullable(),
    } as RecordShape<F, C, J>,
    unaudited: new Set(keys.filter((k) => !spec.fields[k]!.audited)),
    writtenLimits: Object.fromEntries(keys.flatMap((k) => (spec.fields[k]!.writtenIn ? [[k, spec.fields[k]!.writtenIn!]] : []))),
    imports: [...stored, ...extra] as (ImportTarget & { field: Exclude<keyof F & string, N | RefKeys<F>> | O })[],
  };
}

function importTarget(field: string, f: Pick<FieldMeta, 'label' | 'synonyms' | 'synonymKinds' | 'exportLabel'>, schema: z.ZodType): ImportTarget {
  return {
    field,
    label: f.label,
    exportLabel: f.exportLabel ?? f.label,
    synonyms: f.synonyms ?? [],
    ...(f.synonymKinds ? { synonymKinds: f.synonymKinds } : {}),
    schema,
  };
}

/** The same entity with more fields after its own: how a test shows every layer follows a new field. */
export function withFields<F extends Fields, C extends z.ZodRawShape, J extends z.ZodRawShape, K extends EntityKey, I extends string, G extends Fields>(
  entity: Entity<F, C, J, K, I>,
  more: G,
) {
  return defineEntity({ ...entity.spec, fields: { ...entity.spec.fields, ...more } as F & G });
}

/** A new, empty row as a grid's draft starts: every field blank, no id from the database yet. */
export function blankRecord(entity: AnyEntity, id: number, extra: Record<string, unknown>): Record<string, unknown> {
  const fields = Object.fromEntries(entity.keys.map((k) => [k, entity.fields[k]!.blank]));
  return { id, ...fields, ...extra, createdAt: '', updatedAt: '', deletedAt: null };
}

/** A record as the CLI prints it with --json: the record's keys in order, without deletedAt. */
export function recordJson(entity: AnyEntity, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(entity.recordShape).filter((k) => k !== 'deletedAt').map((k) => [k, row[k] ?? null]));
}
