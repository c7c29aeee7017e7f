import { formatAmount } from './amounts';

/** Capacity added up per unit: 万吨 and 亿米 are never summed together. */
export function sumByUnit(rows: Iterable<{ capacity: number | null; capacityUnit: string | null }>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (typeof r.capacity !== 'number') continue;
    const unit = r.capacityUnit ?? '（无单位）';
    sums.set(unit, (sums.get(unit) ?? 0) + r.capacity);
  }
  return sums;
}

/** 12.5 万吨；3 亿米 — largest first, at most `max` units then 等N种单位. */
export function formatSums(sums: Map<string, number>, max = 4): string {
  const parts = [...sums].sort((a, b) => b[1] - a[1]).map(([unit, v]) => `${formatAmount(v)} ${unit}`);
  return parts.length > max ? `${parts.slice(0, max).join('；')} 等${parts.length}种单位` : parts.join('；');
}
