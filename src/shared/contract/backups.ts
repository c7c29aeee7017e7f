import { z } from '../schemas/zod';
import { JobStarted, command, query } from './channel';

const Counts = z.object({ enterprises: z.number(), capacityLines: z.number(), cases: z.number() });

export const BackupSummary = z.object({
  name: z.string(),
  takenAt: z.string(),
  reason: z.string(),
  reasonLabel: z.string(),
  bytes: z.number(),
  schemaVersion: z.number(),
  counts: Counts,
});
export type BackupSummary = z.output<typeof BackupSummary>;

export const RestorePreview = z.object({
  /** A listed backup's name, or a token for a file the user picked in the open dialog. */
  source: z.string(),
  label: z.string(),
  schemaVersion: z.number(),
  counts: Counts,
  refusal: z.string().nullable(),
});
export type RestorePreview = z.output<typeof RestorePreview>;

/** The renderer never names a path: a listed backup by name, or a file main's own dialog chose. */
const BackupName = z.string().regex(/^ledger-\d{8}-\d{6}-[a-z-]+\.sqlite$/, { error: '备份名称不正确' });
const Source = z.string().min(1).max(200);

export const backupChannels = {
  'backups:list': query(z.object({}).strict(), z.array(BackupSummary)),
  /** toFile: ask where (a USB stick) with the save dialog; otherwise into the backups folder. */
  'backups:create': query(z.object({ toFile: z.boolean().optional() }).strict(), JobStarted.extend({ file: z.string().nullable() })),
  'backups:preview': query(z.object({ name: BackupName }).strict(), RestorePreview),
  'backups:pickFile': query(z.object({}).strict(), RestorePreview.nullable()),
  'backups:restore': command(z.object({ source: Source }).strict(), JobStarted),
};
