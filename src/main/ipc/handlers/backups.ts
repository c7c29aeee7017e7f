import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { LedgerError } from '../../../shared/errors';
import { backupsDir } from '../../backup/backup';
import { BACKUP_REASON_LABELS } from '../../backup/rotation';
import { backupNow, backupToFile, listLedgerBackups, previewRestore, restoreBackup } from '../../services/backups';
import type { ServiceContext } from '../../services/context';
import type { HandlerGroup } from '../types';
import type { backupChannels } from '../../../shared/contract/backups';

type BackupChannels = keyof typeof backupChannels;

/** Files the user picked in main's own open dialog this session, by an opaque token. */
const pickedFiles = new Map<string, string>();

function sourcePath(ctx: ServiceContext, source: string): string {
  const picked = pickedFiles.get(source);
  if (picked) return picked;
  if (listLedgerBackups(ctx).some((b) => b.name === source)) return join(backupsDir(ctx.dbPath), source);
  throw new LedgerError('NOT_FOUND', '找不到该备份，请刷新列表后重试');
}

export const backupHandlers: HandlerGroup<BackupChannels> = {
  'backups:list': (_q, ctx) =>
    listLedgerBackups(ctx).map((b) => ({
      name: b.name,
      takenAt: b.takenAt,
      reason: b.reason,
      reasonLabel: BACKUP_REASON_LABELS[b.reason],
      bytes: b.bytes,
      schemaVersion: b.schemaVersion,
      counts: b.counts,
    })),
  'backups:create': async ({ toFile }, ctx) => {
    let file: string | null = null;
    if (toFile) {
      const stamp = ctx.now().toISOString().slice(0, 10);
      file = await ctx.shell.chooseSaveFile({
        title: '备份到…',
        defaultName: `落后产能退出台账-备份-${stamp}.sqlite`,
        filters: [{ name: '台账备份', extensions: ['sqlite'] }],
      });
      if (!file) throw new LedgerError('CANCELLED', '已取消备份');
    }
    const target = file;
    const jobId = ctx.jobs.start('backup', async ({ signal, progress }) => {
      const opts = { signal, onProgress: (p: { done: number; total: number }) => progress(p.done, p.total, '正在备份…') };
      return target ? (await backupToFile(ctx, target, opts), target) : backupNow(ctx, 'manual', opts);
    });
    return { jobId, file };
  },
  'backups:preview': ({ name }, ctx) => {
    const file = sourcePath(ctx, name);
    return { source: name, label: name, ...previewRestore(file) };
  },
  'backups:pickFile': async (_q, ctx) => {
    const file = await ctx.shell.chooseOpenFile({ title: '选择备份文件', filters: [{ name: '台账备份', extensions: ['sqlite'] }] });
    if (!file) return null;
    const token = `picked:${randomUUID()}`;
    pickedFiles.set(token, file);
    return { source: token, label: file, ...previewRestore(file) };
  },
  'backups:restore': ({ source }, ctx) => {
    const file = sourcePath(ctx, source);
    const jobId = ctx.jobs.start('restore', async ({ progress }) => {
      progress(0, 2, '正在备份当前数据…');
      const r = await restoreBackup(ctx, file);
      progress(2, 2, '恢复完成');
      return r;
    });
    return { jobId };
  },
};
