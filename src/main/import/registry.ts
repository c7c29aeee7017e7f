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
  apply(): number;
}

const same = (a: unknown, b: unknown): boolean => a === b || (a == null && b == null);

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

  /** A row naming an entity an earlier row already planned. */
  stageExisting(i: number, values: Record<string, unknown>, keys: () => string[]): Staged {
    const known = this.known[i]!;
    const db = this.stored[i];
    const conflicts: Conflict[] = [];
    const fresh: string[] = [];
    for (const [field, v] of Object.entries(values)) {
      const k = known[field];
      if (k === undefined) fresh.push(field);
      else if (!same(k, v)) conflicts.push({ field, mine: v, theirs: k, firstRow: this.list[i]!.firstRow });
    }
    const changes = db ? fresh.filter((f) => !same(db[f], values[f])) : [];
    return {
      status: changes.length > 0 ? 'update' : 'same',
      conflicts,
      apply: () => {
        const e = this.list[i]!;
        for (const f of fresh) known[f] = values[f];
        if (e.action === 'create') for (const f of fresh) e.values[f] = values[f];
        for (const f of changes) {
          e.values[f] = values[f];
          e.before[f] = db![f] ?? null;
          e.action = 'update';
        }
        for (const k of keys()) if (!this.byKey.has(k)) this.byKey.set(k, i);
        return i;
      },
    };
  }

  /** A row naming an entity for the first time in this file: in the database (db) or new. */
  stageFirst(
    values: Record<string, unknown>,
    db: Row | null,
    plan: { label: string; row: number; enterprise: number | null; keys: () => string[] },
  ): Staged {
    const changes = db ? Object.keys(values).filter((f) => !same(db[f], values[f])) : [];
    return {
      status: db === null ? 'new' : changes.length > 0 ? 'update' : 'unchanged',
      conflicts: [],
      apply: () => {
        const i = this.list.length;
        const before: Record<string, unknown> = {};
        const changed: Record<string, unknown> = {};
        for (const f of changes) [before[f], changed[f]] = [db![f] ?? null, values[f]];
        this.list.push({
          kind: this.kind,
          id: db ? db.id : null,
          action: db === null ? 'create' : changes.length > 0 ? 'update' : 'none',
          values: db === null ? { ...values } : changed,
          before,
          label: plan.label,
          firstRow: plan.row,
          enterprise: plan.enterprise,
          lines: [],
        });
        this.known.push({ ...values });
        this.stored.push(db);
        for (const k of plan.keys()) if (!this.byKey.has(k)) this.byKey.set(k, i);
        return i;
      },
    };
  }
}
