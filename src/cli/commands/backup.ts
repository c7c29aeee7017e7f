import { BACKUP_REASON_LABELS } from '../../main/backup/rotation';
import { backupNow, backupToFile, listLedgerBackups, previewRestore, restoreBackup } from '../../main/services/backups';
import type { ServiceContext } from '../../main/services/context';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { UsageError } from './usage';

export async function backupCommand(ctx: ServiceContext, args: Parsed, io: Io): Promise<number> {
  const out = typeof args.flags.out === 'string' ? args.flags.out : undefined;
  if (out) {
    await backupToFile(ctx, out);
    io.out(`已备份到 ${out}`);
  } else {
    const file = await backupNow(ctx, 'manual');
    io.out(`已备份到 ${file}`);
  }
  return 0;
}

export function backupsCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  if (args.positionals[1] !== 'list') throw new UsageError('用法：backups list [--json]');
  const list = listLedgerBackups(ctx);
  if (args.flags.json) {
    printJson(io, list.map((b) => ({ file: b.file, takenAt: b.takenAt, reason: b.reason, bytes: b.bytes, schemaVersion: b.schemaVersion, counts: b.counts })));
  } else {
    printTable(
      io,
      ['时间', '类型', '企业', '设备', '整改事项', '文件'],
      list.map((b) => [new Date(b.takenAt).toLocaleString('zh-CN', { hour12: false }), BACKUP_REASON_LABELS[b.reason], b.counts.enterprises, b.counts.capacityLines, b.counts.cases, b.name]),
    );
  }
  return 0;
}

export async function restoreCommand(ctx: ServiceContext, args: Parsed, io: Io): Promise<number> {
  const from = args.flags.from;
  if (typeof from !== 'string') throw new UsageError('用法：restore --from 备份文件');
  const preview = previewRestore(from);
  if (preview.refusal) {
    io.err(`错误：${preview.refusal}`);
    return 1;
  }
  const { safetyBackup } = await restoreBackup(ctx, from);
  io.out(`已从 ${from} 恢复（企业 ${preview.counts.enterprises} 家，设备 ${preview.counts.capacityLines} 条，整改事项 ${preview.counts.cases} 件）。恢复前的数据已备份到 ${safetyBackup}`);
  return 0;
}
