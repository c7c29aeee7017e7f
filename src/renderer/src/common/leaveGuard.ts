/**
 * A screen with work the user would lose by leaving it (the import wizard between choosing a file
 * and importing it, 汇总报送包 between choosing packages and importing them) says so here; moving
 * to another screen asks first. The import screen holds two wizards side by side in its tabs, so
 * each installs its own guard and the first with something to lose speaks.
 */
type Guard = () => string | null;
const guards = new Set<Guard>();

/** Installs the guard; the returned function removes it (a component's effect cleanup). */
export function setLeaveGuard(next: Guard): () => void {
  guards.add(next);
  return () => {
    guards.delete(next);
  };
}

/** What the user would lose by leaving now, in Chinese; null when nothing. */
export function leaveQuestion(): string | null {
  for (const g of guards) {
    const q = g();
    if (q) return q;
  }
  return null;
}

export function dropLeaveGuard(): void {
  guards.clear();
}
