import { dirname } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { exportEvidence, importEvidence } from '../backup/evidence';
import { writeBackup, type BackupOptions } from '../backup/backup';
import { previewRestore, restoreFromFile } from '../backup/restore';
import { backupIsDue, listBackups, takeBackup } from '../backup/store';
import type { BackupReason } from '../backup/rotation';
import type { ServiceContext } from './context';

/** A backup into the data folder's backups/, rotated. */
export function backupNow(ctx: ServiceContext, reason: BackupReason, opts?: BackupOptions): Promise<string> {
  if (ctx.dbPath === ':memory:') throw new LedgerError('VALIDATION', '内存数据库无法备份');
  return takeBackup(ctx.db, ctx.dbPath, reason, ctx.now(), opts);
}

/**
 * A backup to a file the user chose (a USB stick); written beside it first, then renamed, and
 * the evidence files it refers to copied into a folder beside it.
 */
export async function backupToFile(ctx: ServiceContext, file: string, opts?: BackupOptions): Promise<void> {
  await writeBackup(ctx.db, file, opts);
  exportEvidence(file, dirname(ctx.dbPath));
}

export function listLedgerBackups(ctx: ServiceContext) {
  return listBackups(ctx.dbPath);
}

export function backupDue(ctx: ServiceContext): boolean {
  return ctx.dbPath !== ':memory:' && backupIsDue(ctx.dbPath, ctx.now());
}

export { previewRestore };

/** Restores a backup after taking a safety backup of the current state. */
export async function restoreBackup(ctx: ServiceContext, file: string): Promise<{ safetyBackup: string }> {
  const preview = previewRestore(file);
  if (preview.refusal) throw new LedgerError('VALIDATION', preview.refusal);
  const safetyBackup = await backupNow(ctx, 'pre-restore');
  importEvidence(file, dirname(ctx.dbPath));
  await restoreFromFile(ctx.db, file);
  return { safetyBackup };
}
