import type { GridRow, LedgerRow, Unsaved } from './types';

/** The grid row id: the database id, or the draft key a saved draft keeps for the session. */
export function rowKey(row: GridRow<LedgerRow>): string {
  return row.__key ?? String(row.id);
}

export function isDraft(row: GridRow<LedgerRow> | undefined): boolean {
  return row?.__unsaved?.draft === true;
}

const fieldsOf = (row: object) => row as Record<string, unknown>;

/** What the cell shows: the unsaved text if there is one, else the saved value. */
export function shownValue(row: GridRow<LedgerRow> | undefined, field: string): unknown {
  if (!row) return undefined;
  const u = row.__unsaved;
  return u && field in u.values ? u.values[field] : fieldsOf(row)[field];
}

export function cellError(row: GridRow<LedgerRow> | undefined, field: string): string | undefined {
  return row?.__unsaved?.errors[field];
}

function unsavedOf(row: GridRow<LedgerRow>): Unsaved {
  return (row.__unsaved ??= { values: {}, errors: {}, draft: false });
}

/** Records a typed value as not yet saved (it shows at once; the service's answer decides). */
export function setPending(row: GridRow<LedgerRow>, field: string, value: unknown): void {
  unsavedOf(row).values[field] = value;
}

export function setCellError(row: GridRow<LedgerRow>, field: string, message: string): void {
  unsavedOf(row).errors[field] = message;
}

/** Forgets a cell's unsaved text and reason: it shows its saved value again. */
export function clearCell(row: GridRow<LedgerRow>, field: string): void {
  const u = row.__unsaved;
  if (!u) return;
  delete u.values[field];
  delete u.errors[field];
  if (!u.draft && Object.keys(u.values).length === 0 && Object.keys(u.errors).length === 0) delete row.__unsaved;
}

export function unsavedFields(row: GridRow<LedgerRow>): string[] {
  return row.__unsaved ? Object.keys(row.__unsaved.values) : [];
}

export function hasUnsaved(row: GridRow<LedgerRow>): boolean {
  const u = row.__unsaved;
  return !!u && (u.draft || Object.keys(u.values).length > 0);
}

/**
 * The row as the service now has it, keeping the cells still unsaved except `saved` ones, and
 * the grid row id.
 */
export function mergeSaved<T extends LedgerRow>(current: GridRow<T> | undefined, saved: T, savedFields: readonly string[]): GridRow<T> {
  const next: GridRow<T> = { ...saved };
  if (current?.__key) next.__key = current.__key;
  const u = current?.__unsaved;
  if (u) {
    const values = { ...u.values };
    const errors = { ...u.errors };
    for (const f of savedFields) {
      delete values[f];
      delete errors[f];
    }
    if (Object.keys(values).length || Object.keys(errors).length) next.__unsaved = { values, errors, draft: false };
  }
  return next;
}

/** A copy of a row's unsaved state, for undo and redo of an action that set it. */
export function snapshotUnsaved(row: GridRow<LedgerRow>): Unsaved | undefined {
  const u = row.__unsaved;
  return u ? { values: { ...u.values }, errors: { ...u.errors }, draft: u.draft } : undefined;
}
