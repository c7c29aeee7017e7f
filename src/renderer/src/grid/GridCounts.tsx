import type { RowCounts } from './rowCounts';
import type { LedgerGridSpec, LedgerRow } from './types';

/** The status bar's counts: rows, filtered, ticked, unsaved, and the capacity they add up to. */
export function GridCounts<T extends LedgerRow>({ counts, spec }: { counts: RowCounts | null; spec: LedgerGridSpec<T> }) {
  if (!counts) return <span>正在读取…</span>;
  const m = spec.measure;
  return (
    <span className="grid-counts" data-testid="grid-counts">
      <span>共 {counts.total} {m}</span>
      {counts.shown !== counts.total && <span>筛选后 {counts.shown} {m}</span>}
      {counts.selected > 0 && <span>已选 {counts.selected} {m}</span>}
      {counts.unsaved > 0 && <span className="status-error">未保存 {counts.unsaved} 行</span>}
      {counts.sums && <span data-testid="capacity-sum">产能合计（{counts.sumsOf}）：{counts.sums || '—'}</span>}
    </span>
  );
}
