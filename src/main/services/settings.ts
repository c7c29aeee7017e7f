import type { LedgerLevel, Settings, SettingsPatch } from '../../shared/schemas/settings';
import { insertAuditEntry } from '../db/repositories/audit';
import { readSetting, writeSetting } from '../db/repositories/settings';
import { assertWritable, newBatchId, operatorName, type ServiceContext } from './context';

export function readSettings(ctx: ServiceContext): Settings {
  return {
    countyName: readSetting<string>(ctx.db, 'countyName') ?? '',
    level: readSetting<LedgerLevel>(ctx.db, 'level') ?? '县',
    year: readSetting<number>(ctx.db, 'year') ?? ctx.now().getFullYear(),
    operatorName: operatorName(ctx),
  };
}

export function updateSettings(ctx: ServiceContext, patch: SettingsPatch): Settings {
  assertWritable(ctx);
  const batchId = newBatchId();
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const operator = operatorName(ctx);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const old = readSetting(ctx.db, key) ?? null;
      if (old === value) continue;
      writeSetting(ctx.db, key, value);
      insertAuditEntry(ctx.db, { batchId, at, operator, entity: 'settings', entityId: 0, action: 'update', field: key, oldValue: old, newValue: value, source: null });
    }
  })();
  return readSettings(ctx);
}
