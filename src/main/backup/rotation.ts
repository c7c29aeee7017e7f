/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, of the
 * last 4 ISO weeks and of the last 12 months (grandfather-father-son). Backups taken before an
 * import, a restore or a migration are kept by count (the newest 10), manual ones always.
 */
export interface BackupStamp {
  file: string;
  takenAt: Date;
  reason: BackupReason;
}

export const BACKUP_REASONS = ['auto', 'quit', 'manual', 'pre-import', 'pre-restore', 'pre-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  auto: '每日自动',
  quit: '退出时',
  manual: '手动',
  'pre-import': '导入前',
  'pre-restore': '恢复前',
  'pre-migration': '升级前',
};

const KEEP = { daily: 7, weekly: 4, monthly: 12, safety: 10 };

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function isoWeekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return `${t.getUTCFullYear()}-W${Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7)}`;
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

function newestPerKey(list: BackupStamp[], key: (d: Date) => string, limit: number): BackupStamp[] {
  const seen = new Set<string>();
  const kept: BackupStamp[] = [];
  for (const b of list) {
    const k = key(b.takenAt);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(b);
    if (kept.length === limit) break;
  }
  return kept;
}

/** The files to delete; never the newest backup, whatever its kind. */
export function backupsToPrune(all: readonly BackupStamp[]): string[] {
  const sorted = [...all].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<string>(sorted.slice(0, 1).map((b) => b.file));
  const routine = sorted.filter((b) => b.reason === 'auto' || b.reason === 'quit');
  for (const b of [
    ...newestPerKey(routine, dayKey, KEEP.daily),
    ...newestPerKey(routine, isoWeekKey, KEEP.weekly),
    ...newestPerKey(routine, monthKey, KEEP.monthly),
  ]) {
    keep.add(b.file);
  }
  for (const b of sorted.filter((b) => b.reason.startsWith('pre-')).slice(0, KEEP.safety)) keep.add(b.file);
  for (const b of sorted.filter((b) => b.reason === 'manual')) keep.add(b.file);
  return sorted.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
