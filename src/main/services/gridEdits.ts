import type { z } from 'zod';
import type { EditError } from '../../shared/contract/edits';
import { LedgerError } from '../../shared/errors';
import type { OptionListKey, OptionLists } from '../../shared/schemas/optionLists';
import type { ServiceContext } from './context';
import { openWriteSession, type EntityKind, type WriteSession } from './entityWrites';
import { readOptionLists } from './optionLists';
import { parseEachField } from './validation';

/** How a grid's cells map onto one kind of row. */
export interface GridTarget {
  kind: EntityKind;
  /** Turns what the grid sends into the kind's fields (an enterprise named instead of its id); `id` of a row being changed. */
  prepare?(ctx: ServiceContext, raw: Record<string, unknown>, id?: number): { values: Record<string, unknown>; error?: { field: string; message: string } };
  /** A field the kind reports an error on, shown under another column of the grid. */
  errorFields?: Record<string, string>;
  /** Fields offered from a 设置 list: a value outside the list is saved, with a warning. */
  listFields?: Partial<Record<string, OptionListKey>>;
}

export interface EditResult {
  batchId: string | null;
  updatedIds: number[];
  created: { key: string; id: number }[];
  errors: EditError[];
  warnings: { key: string; message: string }[];
}

/** What an applyEdits channel answers: the saved rows as now stored, read back with `get`. */
export function editAnswer<T>(r: EditResult, get: (id: number) => T) {
  return {
    batchId: r.batchId,
    rows: r.updatedIds.map(get),
    created: r.created.map(({ key, id }) => ({ key, row: get(id) })),
    errors: r.errors,
    warnings: r.warnings,
  };
}

interface Run {
  ctx: ServiceContext;
  target: GridTarget;
  session: WriteSession;
  lists: OptionLists | null;
  out: EditResult;
  wrote: boolean;
}

const stricts = new WeakMap<z.ZodObject, z.ZodObject>();
function strict(schema: z.ZodObject): z.ZodObject {
  let s = stricts.get(schema);
  if (!s) stricts.set(schema, (s = schema.strict()));
  return s;
}

/**
 * Applies one grid action: 1. each row's cells are prepared and parsed one by one; 2. the good
 * cells of an existing row are saved (a cross-row refusal such as a duplicate credit code drops
 * just that cell and the rest is saved); 3. a new row is created only when all its cells are
 * good, else it is returned as errors for the grid to keep as a marked draft. Everything runs in
 * one transaction under one audit batch, so the action is one undo step.
 */
export function applyEdits(
  ctx: ServiceContext,
  target: GridTarget,
  batch: { updates: { id: number; patch: Record<string, unknown> }[]; creates: { key: string; draft: Record<string, unknown> }[] },
): EditResult {
  const run: Run = {
    ctx,
    target,
    session: openWriteSession(ctx),
    lists: target.listFields ? readOptionLists(ctx) : null,
    out: { batchId: null, updatedIds: [], created: [], errors: [], warnings: [] },
    wrote: false,
  };
  ctx.db.transaction(() => {
    for (const u of batch.updates) applyUpdate(run, u.id, u.patch);
    for (const c of batch.creates) applyCreate(run, c.key, c.draft);
  })();
  return { ...run.out, batchId: run.wrote ? run.session.stamp.batchId : null };
}

function prepare(run: Run, key: string, raw: Record<string, unknown>, schema: z.ZodObject, id?: number) {
  const prepared = run.target.prepare?.(run.ctx, raw, id) ?? { values: raw };
  const parsed = parseEachField(strict(schema), prepared.values, run.target.kind.labels);
  const errors: EditError[] = prepared.error ? [{ key, ...prepared.error }] : [];
  for (const e of parsed.errors) {
    const field = shownField(run, e.field);
    // An enterprise that could not be found also leaves enterpriseId missing: one message is enough.
    if (!errors.some((x) => x.field === field)) errors.push({ key, field, message: e.message });
  }
  return { values: parsed.values, errors };
}

function shownField(run: Run, field: string | undefined | null): string | null {
  if (!field) return null;
  return run.target.errorFields?.[field] ?? field;
}

function listWarnings(run: Run, key: string, values: Record<string, unknown>): void {
  if (!run.lists) return;
  for (const [field, list] of Object.entries(run.target.listFields ?? {})) {
    const value = values[field];
    const options = list ? run.lists[list] : [];
    if (typeof value !== 'string' || options.length === 0 || options.includes(value)) continue;
    const label = run.target.kind.labels[field] ?? field;
    run.out.warnings.push({ key, message: `「${label}」「${value}」不在设置的选项中，已保存；如属新增选项，请在「设置」中添加` });
  }
}

function applyUpdate(run: Run, id: number, raw: Record<string, unknown>): void {
  const key = String(id);
  const { values, errors } = prepare(run, key, raw, run.target.kind.patch, id);
  run.out.errors.push(...errors);
  let patch = values;
  while (Object.keys(patch).length > 0) {
    try {
      const r = run.ctx.db.transaction(() => run.session.update(run.target.kind, id, patch))();
      if (r.changed.length > 0) run.wrote = true;
      run.out.updatedIds.push(id);
      for (const w of r.warnings) run.out.warnings.push({ key, message: w });
      listWarnings(run, key, Object.fromEntries(r.changed.map((f) => [f, patch[f]])));
      return;
    } catch (err) {
      if (!(err instanceof LedgerError) || err.code === 'BAD_REQUEST') throw err;
      const field = err.field && err.field in patch ? err.field : null;
      run.out.errors.push({ key, field: shownField(run, field), message: err.message });
      if (!field) return;
      // Keep the other cells of the row: drop the refused one and save the rest.
      patch = Object.fromEntries(Object.entries(patch).filter(([k]) => k !== field));
    }
  }
}

function applyCreate(run: Run, key: string, raw: Record<string, unknown>): void {
  const first = prepare(run, key, raw, run.target.kind.draft);
  let values = first.values;
  if (first.errors.length > 0) {
    run.out.errors.push(...first.errors);
    // As Excel keeps a row with one wrong cell: the row is created from its good cells when they
    // still make a row (its required fields are good); the bad cells stay marked in the grid.
    const refused = new Set(first.errors.map((e) => e.field));
    const good = prepare(run, key, Object.fromEntries(Object.entries(raw).filter(([f]) => !refused.has(f))), run.target.kind.draft);
    if (good.errors.length > 0) return;
    values = good.values;
  }
  try {
    const r = run.ctx.db.transaction(() => run.session.create(run.target.kind, values))();
    run.wrote = true;
    run.out.created.push({ key, id: r.id });
    for (const w of r.warnings) run.out.warnings.push({ key, message: w });
    listWarnings(run, key, values);
  } catch (err) {
    if (!(err instanceof LedgerError) || err.code === 'BAD_REQUEST') throw err;
    run.out.errors.push({ key, field: shownField(run, err.field), message: err.message });
  }
}
