import type { Status } from './status';

const KEY = 'ledger_notice';

/**
 * A message that must survive the page's reload (a restore reloads every screen): kept in this
 * window's sessionStorage and taken once when the page starts again.
 */
export function leaveNotice(status: Status): void {
  sessionStorage.setItem(KEY, JSON.stringify(status));
}

export function takeNotice(): Status | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw === null) return null;
  sessionStorage.removeItem(KEY);
  try {
    const s = JSON.parse(raw) as Partial<Status>;
    return typeof s.text === 'string' && (s.kind === 'saved' || s.kind === 'error' || s.kind === 'warning' || s.kind === 'info') ? { kind: s.kind, text: s.text } : null;
  } catch {
    return null;
  }
}
