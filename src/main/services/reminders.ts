import type { IsoDate } from '../../shared/domain/dates';
import { readSetting, writeSetting } from '../db/repositories/settings';
import type { ServiceContext } from './context';
import { todayOf } from './audit';
import { workbenchOverview } from './workbench';

/**
 * What the desktop notification says, once a day, when cases or milestones have entered a
 * countdown band since the last one (a case newly overdue, a milestone now within 15 days).
 * Pure bookkeeping in the settings table — which items were seen in which band — and no audit
 * entry: it records what the app told the user, not a change to the ledger.
 */

const KEY = 'notify.state';

interface ReminderState {
  date: IsoDate;
  seen: string[];
}

export interface ReminderDigest {
  today: IsoDate;
  title: string;
  body: string;
  keys: string[];
}

export function reminderDigest(ctx: ServiceContext, today: IsoDate = todayOf(ctx)): ReminderDigest | null {
  const last = readSetting<ReminderState>(ctx.db, KEY);
  if (last?.date === today) return null;
  const overview = workbenchOverview(ctx, today);
  const cases = overview.urgent.map((r) => ({ key: `case:${r.id}:${r.band}`, band: r.band }));
  const milestones = overview.milestones
    .filter((m) => m.countdown && m.countdown.band !== 'later')
    .map((m) => ({ key: `milestone:${m.id}:${m.countdown!.band}`, band: m.countdown!.band }));
  const seen = new Set(last?.seen ?? []);
  const fresh = [...cases, ...milestones].filter((i) => !seen.has(i.key));
  if (fresh.length === 0) return null;
  const parts: string[] = [];
  const { overdue, soon, near } = overview.counts;
  if (overdue) parts.push(`已逾期 ${overdue} 件`);
  if (soon) parts.push(`${overview.thresholds.soon}天内到期 ${soon} 件`);
  if (near) parts.push(`${overview.thresholds.soon + 1}–${overview.thresholds.near}天到期 ${near} 件`);
  const dueMilestones = milestones.length ? `；时间节点临近或逾期 ${milestones.length} 个` : '';
  return {
    today,
    title: `整改事项提醒：${fresh.length} 项进入新的提醒档`,
    body: `${parts.join('，') || '整改事项无逾期'}${dueMilestones}。请打开“工作台”查看。`,
    keys: [...cases, ...milestones].map((i) => i.key),
  };
}

/** Called once the notification was shown: nothing more today, and these items are known. */
export function markReminded(ctx: ServiceContext, digest: ReminderDigest): void {
  if (ctx.readOnlyReason) return;
  writeSetting(ctx.db, KEY, { date: digest.today, seen: digest.keys } satisfies ReminderState);
}
