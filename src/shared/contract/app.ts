import { z } from '../schemas/zod';
import { Settings, SettingsPatch } from '../schemas/settings';
import { AuditEntry, AUDIT_ENTITIES } from '../schemas/audit';
import { command, query } from './channel';

export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dbPath: z.string(),
  readOnly: z.boolean(),
  /** Why the database was opened read-only, in Chinese; null when it is writable. */
  readOnlyReason: z.string().nullable(),
  settings: Settings,
});
export type AppInfo = z.output<typeof AppInfo>;

export const appChannels = {
  'app:info': query(z.object({}).strict(), AppInfo),
  /** Prints the window through the system dialog; native false: the page must print itself (browser mode). */
  'app:print': query(z.object({}).strict(), z.object({ native: z.boolean(), printed: z.boolean() })),
  'settings:update': command(SettingsPatch.strict(), Settings),
  'audit:list': query(
    z
      .object({
        entity: z.enum(AUDIT_ENTITIES).optional(),
        entityId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    z.array(AuditEntry),
  ),
};
