import { useSyncExternalStore } from 'react';
import type { OptionLists } from '../../../shared/schemas/optionLists';
import { DEFAULT_DEPARTMENTS, DEFAULT_OPTION_LISTS } from '../../../shared/schemas/optionLists';

/**
 * The 设置 lists the grids' pick lists offer. Kept outside React so that a column's editor reads
 * the current list when it opens, and the column definitions (with the user's widths) never
 * have to be rebuilt when a list changes.
 */
let current: OptionLists = { ...DEFAULT_OPTION_LISTS, departments: [...DEFAULT_DEPARTMENTS] };
const listeners = new Set<() => void>();

export function optionLists(): OptionLists {
  return current;
}

export function setOptionLists(next: OptionLists): void {
  current = next;
  for (const l of listeners) l();
}

export function useOptionLists(): OptionLists {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
