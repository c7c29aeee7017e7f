import type { ListCell, ListColumn } from './listTypes';
import { chineseCompare } from './collate';

/**
 * The 合计 row of a list, built while the rows stream past (a 100 000-line export never holds
 * its rows together). Capacities in different units are never added together: one unit gives
 * a number in the column and the unit in its unit column; several give one line per unit.
 */
export class TotalsAccumulator<R> {
  private readonly sums = new Map<number, Map<string, number>>();
  private readonly distinct = new Map<number, Set<string | number>>();
  private count = 0;

  constructor(private readonly columns: readonly ListColumn<R>[]) {
    columns.forEach((col, i) => {
      if (col.total?.kind === 'sum') this.sums.set(i, new Map());
      if (col.total?.kind === 'distinct') this.distinct.set(i, new Set());
    });
  }

  /** True when some column has a total, so the list gets a 合计 row. */
  get hasTotals(): boolean {
    return this.columns.some((c) => c.total !== undefined);
  }

  add(row: R): void {
    this.count += 1;
    for (const [i, byUnit] of this.sums) {
      const col = this.columns[i]!;
      const v = col.value?.(row);
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      const unit = (col.total?.kind === 'sum' && col.total.unit?.(row)) || '';
      byUnit.set(unit, (byUnit.get(unit) ?? 0) + v);
    }
    for (const [i, seen] of this.distinct) {
      const total = this.columns[i]!.total;
      if (total?.kind === 'distinct') seen.add(total.key(row));
    }
  }

  /**
   * Summed columns whose rows came in several units, each with its unit column: the writer
   * merges the two cells of the 合计 row so that 4.3万吨 / 120万重量箱 have room.
   */
  multiUnitSpans(): [sumColumn: number, unitColumn: number][] {
    const spans: [number, number][] = [];
    this.columns.forEach((col, j) => {
      if (col.total?.kind !== 'unitOf') return;
      const { column } = col.total;
      const i = this.columns.findIndex((c) => c.id === column);
      if (i >= 0 && (this.sums.get(i)?.size ?? 0) > 1) spans.push([Math.min(i, j), Math.max(i, j)]);
    });
    return spans;
  }

  /** The cells of the 合计 row, the label in the first column. */
  cells(): ListCell[] {
    return this.columns.map((col, i) => {
      if (i === 0) return '合计';
      const total = col.total;
      if (!total) return null;
      switch (total.kind) {
        case 'count':
          return `${this.count}${total.suffix}`;
        case 'distinct':
          return `${this.distinct.get(i)!.size}${total.suffix}`;
        case 'sum':
          return sumCell(this.sums.get(i)!);
        case 'unitOf': {
          const j = this.columns.findIndex((c) => c.id === total.column);
          const units = j >= 0 ? this.sums.get(j) : undefined;
          return units && units.size === 1 ? [...units.keys()][0]! || null : null;
        }
      }
    });
  }
}

function sumCell(byUnit: Map<string, number>): ListCell {
  if (byUnit.size === 0) return null;
  if (byUnit.size === 1) return roundSum([...byUnit.values()][0]!);
  return [...byUnit.entries()]
    .sort(([a], [b]) => chineseCompare(a, b))
    .map(([unit, v]) => `${roundSum(v)}${unit}`)
    .join('\n');
}

/** Floating-point sums of decimals (0.1 + 0.2) are rounded to what the inputs could mean. */
export function roundSum(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
