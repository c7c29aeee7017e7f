import { describe, expect, it } from 'vitest';
import { backupsToPrune, type BackupStamp } from '../../../src/main/backup/rotation';

const day = (n: number, reason: BackupStamp['reason'] = 'auto'): BackupStamp => ({
  file: `${reason}-${n}`,
  takenAt: new Date(Date.UTC(2026, 0, 1) + n * 86_400_000),
  reason,
});

describe('backup rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly routine backups out of two years of dailies', () => {
    const all = Array.from({ length: 730 }, (_, i) => day(i));
    const pruned = new Set(backupsToPrune(all));
    const kept = all.filter((b) => !pruned.has(b.file));
    // 7 newest days, plus the newest of older weeks and months that the days do not already cover.
    expect(kept.length).toBeGreaterThanOrEqual(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    for (let i = 723; i < 730; i++) expect(pruned.has(`auto-${i}`)).toBe(false);
    const months = new Set(kept.map((b) => b.takenAt.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
    expect(pruned.has('auto-0')).toBe(true);
  });

  it('never prunes manual backups and keeps the newest 10 safety backups', () => {
    const all = [...Array.from({ length: 15 }, (_, i) => day(i, 'pre-import')), day(0, 'manual'), day(1, 'manual')];
    const pruned = backupsToPrune(all);
    expect(pruned).toHaveLength(5);
    expect(pruned).not.toContain('manual-0');
    expect(pruned).toContain('pre-import-0');
    expect(pruned).not.toContain('pre-import-14');
  });
});
