import { listAuditEntries } from '../../db/repositories/audit';
import { schemaVersion } from '../../db/migrate';
import { readSettings, updateSettings } from '../../services/settings';
import { APP_VERSION } from '../../version';
import type { HandlerGroup } from '../types';

export const appHandlers: HandlerGroup<'app:info' | 'app:print' | 'settings:update' | 'audit:list'> = {
  'app:info': (_input, ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: schemaVersion(ctx.db),
    dbPath: ctx.dbPath,
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
