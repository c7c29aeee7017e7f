import { describe, expect, it } from 'vitest';
import {
  cellError,
  clearCell,
  hasUnsaved,
  mergeSaved,
  restoreUnsaved,
  setCellError,
  setPending,
  snapshotUnsaved,
  unsavedValues,
} from '../../../src/renderer/src/grid/rowState';
import type { GridRow } from '../../../src/renderer/src/grid/types';

type Row = { id: number; updatedAt: string; deletedAt: string | null; town: string | null; uscc: string | null };
const row = (): GridRow<Row> => ({ id: 1, updatedAt: 't0', deletedAt: null, town: '城关镇', uscc: null });

describe('unsaved cells of a grid row', () => {
  it('shows the typed text and keeps the saved value under it until discarded', () => {
    const r = row();
    setPending(r, 'uscc', '12345');
    setCellError(r, 'uscc', '统一社会信用代码应为18位');
    expect(r.uscc).toBe('12345');
    expect(unsavedValues(r)).toEqual({ uscc: '12345' });
    expect(cellError(r, 'uscc')).toContain('18位');
    clearCell(r, 'uscc');
    expect(r.uscc).toBeNull();
    expect(hasUnsaved(r)).toBe(false);
    expect(r.__unsaved).toBeUndefined();
  });

  it('takes the saved row from the service but keeps cells still unsaved on top of it', () => {
    const r = row();
    setPending(r, 'town', '柳林镇');
    setPending(r, 'uscc', 'abc');
    setCellError(r, 'uscc', '格式不对');
    const next = mergeSaved(r, { ...row(), town: '柳林镇', updatedAt: 't1' }, ['town']);
    expect(next.town).toBe('柳林镇');
    expect(next.uscc).toBe('abc');
    expect(next.__unsaved?.saved).toEqual({ uscc: null });
    expect(next.updatedAt).toBe('t1');
  });

  it('snapshots and restores unsaved cells for undo and redo', () => {
    const r = row();
    const before = snapshotUnsaved(r);
    setPending(r, 'town', '王庄镇');
    setCellError(r, 'town', '不在列表中');
    const after = snapshotUnsaved(r);
    restoreUnsaved(r, before);
    expect(r.town).toBe('城关镇');
    expect(r.__unsaved).toBeUndefined();
    restoreUnsaved(r, after);
    expect(r.town).toBe('王庄镇');
    expect(cellError(r, 'town')).toBe('不在列表中');
  });
});
