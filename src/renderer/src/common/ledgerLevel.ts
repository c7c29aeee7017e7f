import { useSyncExternalStore } from 'react';
import { isCityLevel } from '../../../shared/entities/county';

/**
 * 本级 from 设置, for the screens that show the county only in a city ledger (the grids' 县（市、区）
 * column, the lists' county column). Kept outside React, like the option lists, so a column
 * definition made once can ask it; App sets it whenever it reads the ledger's settings.
 */
let city = false;
const listeners = new Set<() => void>();

export function setLedgerLevel(level: string): void {
  const next = isCityLevel(level);
  if (next === city) return;
  city = next;
  for (const l of listeners) l();
}

export function isCityLedger(): boolean {
  return city;
}

export function useCityLedger(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => city,
  );
}
