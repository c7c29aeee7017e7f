import { useSyncExternalStore } from 'react';
import type { DeadlineRow } from '../../../shared/contract/workflow';
import { api } from '../api';

/**
 * The deadline, countdown and card of every case, computed in main (rule set + holiday calendar)
 * and shared by the case grid's cells. Cells subscribe to it, so a refresh repaints them without
 * touching the grid's rows, drafts or undo history.
 */
let rows = new Map<number, DeadlineRow>();
const listeners = new Set<() => void>();

export async function refreshCaseDeadlines(): Promise<void> {
  const list = await api.call('cases:deadlines', { scope: 'all' });
  rows = new Map(list.rows.map((r) => [r.id, r]));
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function caseDeadline(id: number | undefined): DeadlineRow | undefined {
  return id === undefined ? undefined : rows.get(id);
}

export function useCaseDeadline(id: number | undefined): DeadlineRow | undefined {
  return useSyncExternalStore(subscribe, () => caseDeadline(id));
}
