/**
 * A screen with work the user would lose by leaving it (the import wizard between choosing a file
 * and importing it) says so here; moving to another screen asks first. One screen at a time
 * shows, so one guard is enough.
 */
type Guard = () => string | null;
let guard: Guard | null = null;

/** Installs the guard; the returned function removes it (a component's effect cleanup). */
export function setLeaveGuard(next: Guard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = null;
  };
}

/** What the user would lose by leaving now, in Chinese; null when nothing. */
export function leaveQuestion(): string | null {
  return guard?.() ?? null;
}

export function dropLeaveGuard(): void {
  guard = null;
}
