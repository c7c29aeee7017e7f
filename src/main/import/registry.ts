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
  keys: string[];
  /** Fields this row is first to give (existing entity) / that differ from the database. */
  fresh: string[];
  changes: string[];
  db: Row | null;
  label: string;
  row: number;
}

const same = (a: unknown, b: unknown): boolean => a === b || (a == null && b == null);
const NONE: Conflict[] = [];

export class EntityRegistry {
  readonly list: PlannedEntity[] = [];
  private readonly known: Record<string, unknown>[] = [];
  private readonly stored: (Row | null)[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(readonly kind: PlannedKind) {}

  find(key: string): number | undefined {
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
  stageExisting(index: number, values: Record<string, unknown>, keys: string[], row: number): Staged {
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
  stageFirst(values: Record<string, unknown>, db: Row | null, keys: string[], label: string, row: number): Staged {
    const changes: string[] = [];
    if (db) for (const f in values) if (!same(db[f], values[f])) changes.push(f);
    const status: PartStatus = db === null ? 'new' : changes.length > 0 ? 'update' : 'unchanged';
    return { status, conflicts: NONE, index: -1, values, keys, fresh: [], changes, db, label, row };
  }

  /** Records a staged row part in the plan; returns the entity's index. */
  apply(s: Staged, enterprise: number | null): number {
    if (s.index >= 0) return this.applyExisting(s);
    const i = this.list.length;
    const before: Record<string, unknown> = {};
    const changed: Record<string, unknown> = {};
    for (const f of s.changes) {
      before[f] = s.db![f] ?? null;
      changed[f] = s.values[f];
    }
    this.list.push({
      kind: this.kind,
      id: s.db ? s.db.id : null,
      action: s.db === null ? 'create' : s.changes.length > 0 ? 'update' : 'none',
      values: s.db === null ? { ...s.values } : changed,
      before,
      label: s.label,
      firstRow: s.row,
      enterprise,
      lines: [],
    });
    this.known.push({ ...s.values });
    this.stored.push(s.db);
    for (const k of s.keys) if (!this.byKey.has(k)) this.byKey.set(k, i);
    return i;
  }

  private applyExisting(s: Staged): number {
    const e = this.list[s.index]!;
    const known = this.known[s.index]!;
    for (const f of s.fresh) known[f] = s.values[f];
    if (e.action === 'create') for (const f of s.fresh) e.values[f] = s.values[f];
    for (const f of s.changes) {
      e.values[f] = s.values[f];
      e.before[f] = s.db![f] ?? null;
      e.action = 'update';
    }
    for (const k of s.keys) if (!this.byKey.has(k)) this.byKey.set(k, s.index);
    return s.index;
  }
}
