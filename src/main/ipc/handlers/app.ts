import { dirname } from 'node:path';
import { backupsDir } from '../../backup/backup';
import { listAuditEntries } from '../../db/repositories/audit';
import { evidenceDir } from '../../evidence/store';
import { schemaVersion } from '../../db/migrate';
import { readSettings, updateSettings } from '../../services/settings';
import { APP_VERSION } from '../../version';
import type { HandlerGroup } from '../types';
import type { appChannels } from '../../../shared/contract/app';

export const appHandlers: HandlerGroup<keyof typeof appChannels> = {
  'app:info': (_input, ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: schemaVersion(ctx.db),
    dbPath: ctx.dbPath,
    folders: { backups: backupsDir(ctx.dbPath), evidence: evidenceDir(dirname(ctx.dbPath)) },
    readOnly: ctx.readOnlyReason !== null,
    readOnlyReason: ctx.readOnlyReason,
    settings: readSettings(ctx),
  }),
  'app:print': async (_input, ctx) => {
    const printed = await ctx.shell.printWindow();
    return { native: printed !== null, printed: printed ?? false };
  },
  'settings:update': (patch, ctx) => updateSettings(ctx, patch),
  'audit:list': (q, ctx) => listAuditEntries(ctx.db, q),
};
