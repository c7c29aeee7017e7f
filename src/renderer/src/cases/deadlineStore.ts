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

/** Cases whose rows came with the last grid edit's answer: their bus message needs no refetch. */
let answered = new Set<number>();

function notify(): void {
  for (const l of listeners) l();
}

export async function refreshCaseDeadlines(): Promise<void> {
  const list = await api.call('cases:deadlines', { scope: 'all' });
  rows = new Map(list.rows.map((r) => [r.id, r]));
  answered = new Set();
  notify();
}

/** The deadline rows `cases:applyEdits` answered for the cases it changed. */
export function takeCaseDeadlines(changed: readonly DeadlineRow[]): void {
  rows = new Map(rows);
  for (const r of changed) rows.set(r.id, r);
  answered = new Set(changed.map((r) => r.id));
  notify();
}

/** Whether every one of these cases' deadlines already came with the edit that changed them. */
export function answeredByLastEdit(ids: readonly number[]): boolean {
  const all = ids.length > 0 && ids.every((id) => answered.has(id));
  answered = new Set();
  return all;
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
