import type { PartStatus, PlannedEntity, PlannedKind } from '../../shared/import/planTypes';
import type { Row } from './snapshot';

/**
 * The entities an import will touch, each once however many rows name it. A row's values are
 * first staged (checked against what earlier rows and the database say, nothing changed), and
 * applied only if the whole row is valid, so a row with an error leaves no trace in the plan.
 */
export interface Conflict {
  field: string;
  mine: unknown;
  theirs: unknown;
  firstRow: number;
}

export interface Staged {
  status: PartStatus;
  conflicts: Conflict[];
  /** The entity an earlier row planned, or -1 for one named here first. */
  index: number;
  values: Record<string, unknown>;
  keys: Key[];
  /** Fields this row is first to give (existing entity) / that differ from the database. */
  fresh: string[];
  changes: string[];
  db: Row | null;
  label: string;
  row: number;
}

const same = (a: unknown, b: unknown): boolean => a === b || (a == null && b == null);

/**
 * A key of several parts (owner, name, spec): looked up through nested maps rather than as one
 * joined string, which would be built and hashed anew for every row.
 */
export type Key = readonly unknown[];

class KeyIndex {
  private readonly root = new Map<unknown, unknown>();

  get(key: Key): number | undefined {
    let node: unknown = this.root;
    for (const part of key) {
      node = (node as Map<unknown, unknown>).get(part ?? '');
      if (node === undefined) return undefined;
    }
    return node as number;
  }

  /** Sets the key unless it is already taken. */
  add(key: Key, value: number): void {
    let node = this.root;
    for (let i = 0; i < key.length - 1; i++) {
      const part = key[i] ?? '';
      let next = node.get(part) as Map<unknown, unknown> | undefined;
      if (next === undefined) node.set(part, (next = new Map()));
      node = next;
    }
    const last = key[key.length - 1] ?? '';
    if (!node.has(last)) node.set(last, value);
  }
}
const NONE: Conflict[] = [];

export class EntityRegistry {
  readonly list: PlannedEntity[] = [];
  private readonly known: Record<string, unknown>[] = [];
  private readonly stored: (Row | null)[] = [];
  private readonly byKey = new KeyIndex();

  constructor(readonly kind: PlannedKind) {}

  /** How many planned entities will be created, or updated. */
  count(action: 'create' | 'update'): number {
    return this.list.filter((e) => e.action === action).length;
  }

  find(key: Key): number | undefined {
    return this.byKey.get(key);
  }

  /** What the file has said so far about entity i (for keys learnt later, like a credit code). */
  knownValue(i: number, field: string): unknown {
    return this.known[i]![field];
  }

  /** The index the next entity named for the first time will get. */
  get nextIndex(): number {
    return this.list.length;
  }

  /** A row naming an entity an earlier row already planned. */
  stageExisting(index: number, values: Record<string, unknown>, keys: Key[], row: number): Staged {
    const known = this.known[index]!;
    const db = this.stored[index]!;
    let conflicts = NONE;
    const fresh: string[] = [];
    for (const field in values) {
      const v = values[field];
      const k = known[field];
      if (k === undefined) fresh.push(field);
      else if (!same(k, v)) {
        if (conflicts === NONE) conflicts = [];
        conflicts.push({ field, mine: v, theirs: k, firstRow: this.list[index]!.firstRow });
      }
    }
    const changes = db ? fresh.filter((f) => !same(db[f], values[f])) : [];
    const status: PartStatus = changes.length > 0 ? 'update' : 'same';
    return { status, conflicts, index, values, keys, fresh, changes, db, label: '', row };
  }

  /** A row naming an entity for the first time in this file: in the database (db) or new. */
  stageFirst(values: Record<string, unknown>, db: Row | null, keys: Key[], label: string, row: number): Staged {
    const changes: string[] = [];
    if (db) for (const f in values) if (!same(db[f], values[f])) changes.push(f);
    const status: PartStatus = db === null ? 'new' : changes.length > 0 ? 'update' : 'unchanged';
    return { status, conflicts: NONE, index: -1, values, keys, fresh: [], changes, db, label, row };
  }

  /**
   * Records a staged row part in the plan; returns the entity's index. The row's values object
   * becomes the plan's (a new entity's values are what the file says of it): no copies, since a
   * 100,000-row preview is mostly allocation.
   */
  apply(s: Staged, enterprise: number | null): number {
    if (s.index >= 0) return this.applyExisting(s);
    const i = this.list.length;
    const created = s.db === null;
    const before: Record<string, unknown> = {};
    const changed: Record<string, unknown> = {};
    for (const f of s.changes) {
      before[f] = s.db![f] ?? null;
      changed[f] = s.values[f];
    }
    this.list.push({
      kind: this.kind,
      id: created ? null : s.db!.id,
      action: created ? 'create' : s.changes.length > 0 ? 'update' : 'none',
      values: created ? s.values : changed,
      before,
      label: s.label,
      firstRow: s.row,
      enterprise,
      lines: [],
    });
    this.known.push(created ? s.values : { ...s.values });
    this.stored.push(s.db);
    for (const k of s.keys) this.byKey.add(k, i);
    return i;
  }

  private applyExisting(s: Staged): number {
    const e = this.list[s.index]!;
    // For a new entity `known` is its values object itself (see apply).
    const known = this.known[s.index]!;
    for (const f of s.fresh) known[f] = s.values[f];
    for (const f of s.changes) {
      e.values[f] = s.values[f];
      e.before[f] = s.db![f] ?? null;
      e.action = 'update';
    }
    for (const k of s.keys) this.byKey.add(k, s.index);
    return s.index;
  }
}
