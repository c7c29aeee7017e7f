import type { Mapping } from '../../shared/import/mapping';
import type { RowIssue } from '../../shared/import/rowValues';
import { normaliseHeader } from '../../shared/import/synonyms';
import { cellText, type TableColumn } from '../../shared/import/table';
import { targetLabel, type TargetKey } from '../../shared/import/targets';
import type { Cell } from '../../shared/import/types';
import { displayCell } from '../../shared/import/wizard';

/**
 * A header written twice (two 企业名称 columns, one of them an older copy) used to leave the
 * second column out without a word. The mapped column is imported; a row whose other column says
 * something else is an error naming both cells, so no value is dropped unseen. Mapping the other
 * column to a field in 对应列 is the named choice that ends it.
 */
export interface DuplicateHeader {
  target: TargetKey;
  mapped: TableColumn;
  other: TableColumn;
}

export function findDuplicateHeaders(mapping: Mapping, columns: readonly TableColumn[]): DuplicateHeader[] {
  const mappedIndexes = new Set(mapping.fields.flatMap((f) => ('column' in f ? [f.column] : [])));
  const out: DuplicateHeader[] = [];
  for (const f of mapping.fields) {
    if (!('column' in f)) continue;
    const mapped = columns.find((c) => c.index === f.column);
    if (!mapped || mapped.name === '') continue;
    const key = normaliseHeader(mapped.name);
    for (const other of columns) {
      if (other.index !== mapped.index && !mappedIndexes.has(other.index) && normaliseHeader(other.name) === key) out.push({ target: f.target, mapped, other });
    }
  }
  return out;
}

export function duplicateHeaderIssues(dups: readonly DuplicateHeader[], cells: readonly Cell[], issue: (target: TargetKey, reason: string) => RowIssue): RowIssue[] {
  const out: RowIssue[] = [];
  for (const d of dups) {
    // A date cell is its day (2022-09-30), not the serial Excel stores (44834).
    const text = (v: Cell | undefined): string => (typeof v === 'number' ? displayCell(v, d.target) : cellText(v ?? null));
    const theirs = text(cells[d.other.index]);
    const mine = text(cells[d.mapped.index]);
    if (theirs === '' || theirs === mine) continue;
    out.push(
      issue(
        d.target,
        `表头「${d.mapped.name}」有两列：${d.mapped.letter} 列为「${mine.slice(0, 40)}」，${d.other.letter} 列为「${theirs.slice(0, 40)}」，两者不同；` +
          `请核对后删去多余的一列，或在“对应列”中为 ${d.other.letter} 列另选字段（「${targetLabel(d.target)}」只取一列）`,
      ),
    );
  }
  return out;
}

export function duplicateHeaderNotes(dups: readonly DuplicateHeader[]): string[] {
  return dups.map((d) => `表头「${d.mapped.name}」出现在 ${d.mapped.letter} 列和 ${d.other.letter} 列：导入 ${d.mapped.letter} 列；${d.other.letter} 列与之不同的行列为错误`);
}
