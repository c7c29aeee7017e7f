/**
 * Where a pasted block lands, before anything is saved: block cell (r, c) goes to the displayed
 * row anchorRow + r and the displayed column anchorCol + c. Rows past the end become new rows;
 * cells past the last column or on a read-only column are counted, not silently dropped.
 */
export interface PasteTarget {
  /** Row keys of the displayed rows, top to bottom (the grid's row ids). */
  rowKeys: readonly string[];
  /** The displayed columns, left to right, and whether each can be written. */
  columns: readonly { field: string; editable: boolean }[];
  anchorRow: number;
  anchorCol: number;
}

export interface PastePlan {
  /** Cells for rows already in the grid (saved or draft), by row key. */
  existing: Map<string, Record<string, string>>;
  /** Cells for rows to add below the last one, in order. */
  added: Record<string, string>[];
  skippedReadOnly: number;
  skippedOutside: number;
}

export function planPaste(block: readonly (readonly string[])[], t: PasteTarget): PastePlan {
  const plan: PastePlan = { existing: new Map(), added: [], skippedReadOnly: 0, skippedOutside: 0 };
  block.forEach((cells, r) => {
    const values: Record<string, string> = {};
    cells.forEach((text, c) => {
      const col = t.columns[t.anchorCol + c];
      if (!col) plan.skippedOutside++;
      else if (!col.editable) plan.skippedReadOnly++;
      else values[col.field] = text;
    });
    const rowIndex = t.anchorRow + r;
    if (rowIndex < t.rowKeys.length) plan.existing.set(t.rowKeys[rowIndex]!, values);
    else plan.added.push(values);
  });
  return plan;
}
