import { LedgerError } from '../../shared/errors';
import { DEFAULT_THRESHOLDS, type CountdownThresholds } from '../../shared/rules/countdown';
import { readSetting, writeSetting } from '../db/repositories/settings';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit } from './audit';

/** The countdown bands' bounds (设置 → 倒计时提醒): 'soon' ≤ 15 days and 'near' ≤ 30 by default. */

const KEYS = { soon: 'countdown.soon', near: 'countdown.near' } as const;

export function readThresholds(ctx: Pick<ServiceContext, 'db'>): CountdownThresholds {
  const soon = readSetting<number>(ctx.db, KEYS.soon) ?? DEFAULT_THRESHOLDS.soon;
  const near = readSetting<number>(ctx.db, KEYS.near) ?? DEFAULT_THRESHOLDS.near;
  // bandFor checks the values only when they differ from the defaults object: keep that object.
  return soon === DEFAULT_THRESHOLDS.soon && near === DEFAULT_THRESHOLDS.near ? DEFAULT_THRESHOLDS : { soon, near };
}

export function updateThresholds(ctx: ServiceContext, next: CountdownThresholds): CountdownThresholds {
  if (next.soon > next.near) {
    throw new LedgerError('VALIDATION', `“临近到期”的天数（${next.soon}天）不能大于“即将到期”的天数（${next.near}天）`, 'soon');
  }
  const audit = beginAudit(ctx);
  ctx.db.transaction(() => {
    const before = readThresholds(ctx);
    for (const key of ['soon', 'near'] as const) {
      if (before[key] === next[key]) continue;
      writeSetting(ctx.db, KEYS[key], next[key]);
      recordAudit(ctx, audit, { entity: 'settings', entityId: 0, action: 'update', field: KEYS[key], oldValue: before[key], newValue: next[key] });
    }
  })();
  return readThresholds(ctx);
}
