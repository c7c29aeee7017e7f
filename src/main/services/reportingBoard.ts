import { LedgerError } from '../../shared/errors';
import { chineseCompare } from '../../shared/reports/collate';
import { heldPackages, type HeldPackage } from '../db/repositories/countyData';
import { readSetting, writeSetting } from '../db/repositories/settings';
import { beginAudit, recordAudit, todayOf } from './audit';
import { listStoredMilestones } from '../db/repositories/milestones';
import { reportingRound, type ReportingRound } from '../../shared/countyPackage/reportingRound';
import type { IsoDate } from '../../shared/domain/dates';
import type { ServiceContext } from './context';
import { assertCityLedger } from './countyRollup';
import { readSettings } from './settings';
import { writeReportingBoard } from '../export/reportingBoard';
import { localStamp } from '../export/countyPackage';
import { safeFileName } from '../../shared/fileName';

/**
 * 报送情况: the city's counties for the current reporting round — who has sent this year's data
 * (when, how many rows), who has sent nothing, and whose data is out of date (last year's, or
 * sent before the round opened). The county list is the city's own (设置), plus any county
 * whose data it holds, so a county missing from the list still shows.
 */
export type BoardState = '已报送' | '未报送' | '已过期';

export interface BoardRow {
  county: string;
  state: BoardState;
  kind: HeldPackage['kind'] | null;
  exportedAt: string | null;
  receivedAt: string | null;
  fileName: string | null;
  rows: number | null;
}

const COUNTIES_KEY = 'cityCounties';

export function cityCounties(ctx: ServiceContext): string[] {
  return readSetting<string[]>(ctx.db, COUNTIES_KEY) ?? [];
}

export function setCityCounties(ctx: ServiceContext, counties: readonly string[]): string[] {
  assertCityLedger(ctx);
  const list = [...new Set(counties.map((c) => c.trim()).filter(Boolean))];
  if (list.some((c) => c.length > 20)) throw new LedgerError('VALIDATION', '县（市、区）名称不能超过20个字');
  const stamp = beginAudit(ctx);
  ctx.db.transaction(() => {
    const old = cityCounties(ctx);
    writeSetting(ctx.db, COUNTIES_KEY, list);
    recordAudit(ctx, stamp, { entity: 'settings', entityId: 0, action: 'update', field: COUNTIES_KEY, oldValue: old, newValue: list });
  })();
  return list;
}

/** `since`: the day the current round opened (ISO date); a package exported before it is out of date. */
export function reportingBoard(ctx: ServiceContext, opts: { year?: number; since?: string } = {}): BoardRow[] {
  assertCityLedger(ctx);
  const year = opts.year ?? readSettings(ctx).year;
  const held = new Map(heldPackages(ctx.db).map((p) => [p.county, p]));
  const counties = [...new Set([...cityCounties(ctx), ...held.keys()])].sort(chineseCompare);
  return counties.map((county) => {
    const p = held.get(county);
    if (!p) return { county, state: '未报送', kind: null, exportedAt: null, receivedAt: null, fileName: null, rows: null };
    const stale = p.year < year || (opts.since !== undefined && p.exportedAt.slice(0, 10) < opts.since);
    const rows = Object.values(p.rowCounts).reduce((a, b) => a + b, 0);
    return { county, state: stale ? '已过期' : '已报送', kind: p.kind, exportedAt: p.exportedAt, receivedAt: p.receivedAt, fileName: p.fileName, rows };
  });
}

/** The board as the 领导小组 receives it (导出 in 报送情况, `packages status --out`). */
export async function exportReportingBoard(ctx: ServiceContext, file: string, rows: readonly BoardRow[]): Promise<void> {
  const s = readSettings(ctx);
  await writeReportingBoard(file, `${s.countyName}${s.year}年落后产能退出台账各县（市、区）报送情况`, rows, localStamp);
}

export function boardFileName(ctx: ServiceContext): string {
  const s = readSettings(ctx);
  return safeFileName(`${s.countyName}${s.year}年各县（市、区）报送情况.xlsx`);
}

/** The round open today, from the year's 时间节点 of kind 上报上级 (the counties' and the city's own). */
export function currentRound(ctx: ServiceContext): ReportingRound {
  const dates = listStoredMilestones(ctx.db, readSettings(ctx).year)
    .filter((m) => m.kind === '上报上级' && m.date)
    .map((m) => ({ name: m.name, date: m.date as IsoDate }));
  return reportingRound(dates, todayOf(ctx));
}
