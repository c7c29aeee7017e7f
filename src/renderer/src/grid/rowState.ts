import type { GridRow, LedgerRow, Unsaved } from './types';

/**
 * A grid row holds what its cells show. A cell typed or pasted but not saved shows the text as
 * entered; the value the database has under it is kept in `__unsaved.saved`, with the reason
 * when the service refused it. Keeping the shown value in the row itself lets AG Grid read
 * cells by field, its fast path (a 100,000-row sort reads values millions of times).
 */
export function rowKey(row: GridRow<LedgerRow>): string {
  return row.__key ?? String(row.id);
}

export function isDraft(row: GridRow<LedgerRow> | undefined): boolean {
  return row?.__unsaved?.draft === true;
}

const fieldsOf = (row: object) => row as Record<string, unknown>;

export function shownValue(row: GridRow<LedgerRow> | undefined, field: string): unknown {
  return row ? fieldsOf(row)[field] : undefined;
}

export function cellError(row: GridRow<LedgerRow> | undefined, field: string): string | undefined {
  return row?.__unsaved?.errors[field];
}

export function isUnsavedCell(row: GridRow<LedgerRow> | undefined, field: string): boolean {
  return !!row?.__unsaved && field in row.__unsaved.saved;
}

/** The cells not saved, as shown: what a save sends. */
export function unsavedValues(row: GridRow<LedgerRow>): Record<string, unknown> {
  const u = row.__unsaved;
  return u ? Object.fromEntries(Object.keys(u.saved).map((f) => [f, fieldsOf(row)[f]])) : {};
}

/** Shows a typed value at once, remembering the saved value under it. */
export function setPending(row: GridRow<LedgerRow>, field: string, value: unknown): void {
  const u = (row.__unsaved ??= { saved: {}, errors: {}, draft: false });
  if (!(field in u.saved)) u.saved[field] = fieldsOf(row)[field];
  fieldsOf(row)[field] = value;
}

export function setCellError(row: GridRow<LedgerRow>, field: string, message: string): void {
  (row.__unsaved ??= { saved: {}, errors: {}, draft: false }).errors[field] = message;
}

/** Forgets a cell's unsaved text and reason: it shows its saved value again. */
export function clearCell(row: GridRow<LedgerRow>, field: string): void {
  const u = row.__unsaved;
  if (!u) return;
  if (field in u.saved) fieldsOf(row)[field] = u.saved[field];
  delete u.saved[field];
  delete u.errors[field];
  if (!u.draft && Object.keys(u.saved).length === 0 && Object.keys(u.errors).length === 0) delete row.__unsaved;
}

export function hasUnsaved(row: GridRow<LedgerRow>): boolean {
  const u = row.__unsaved;
  return !!u && (u.draft || Object.keys(u.saved).length > 0);
}

/**
 * The row as the service now has it; cells still unsaved (all but `savedFields`) keep showing
 * their text over the new saved values, and the grid row id is kept.
 */
export function mergeSaved<T extends LedgerRow>(current: GridRow<T> | undefined, saved: T, savedFields: readonly string[]): GridRow<T> {
  const next: GridRow<T> = { ...saved };
  if (current?.__key) next.__key = current.__key;
  const u = current?.__unsaved;
  if (u) {
    const keep = Object.keys(u.saved).filter((f) => !savedFields.includes(f));
    const errors = Object.fromEntries(Object.entries(u.errors).filter(([f]) => !savedFields.includes(f)));
    if (keep.length || Object.keys(errors).length) {
      next.__unsaved = { saved: {}, errors, draft: false };
      for (const f of keep) setPending(next, f, fieldsOf(current)[f]);
    }
  }
  return next;
}

/** A copy of a row's unsaved state (texts included), for undo and redo of an action that set it. */
export function snapshotUnsaved(row: GridRow<LedgerRow>): Unsaved | undefined {
  const u = row.__unsaved;
  return u ? { saved: { ...u.saved }, errors: { ...u.errors }, draft: u.draft, shown: unsavedValues(row) } : undefined;
}

/** Puts a row's unsaved state back to a snapshot (or to none: all saved values shown). */
export function restoreUnsaved(row: GridRow<LedgerRow>, state: Unsaved | undefined): void {
  const u = row.__unsaved;
  if (u) for (const f of Object.keys(u.saved)) if (!state || !(f in state.saved)) fieldsOf(row)[f] = u.saved[f];
  if (!state) {
    delete row.__unsaved;
    return;
  }
  for (const [f, v] of Object.entries(state.shown ?? {})) fieldsOf(row)[f] = v;
  row.__unsaved = { saved: { ...state.saved }, errors: { ...state.errors }, draft: state.draft };
}
