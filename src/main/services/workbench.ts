import type { IsoDate } from '../../shared/domain/dates';
import { DIMENSIONS, type Dimension } from '../../shared/domain/dimensions';
import { byUrgency } from '../../shared/rules/countdown';
import type { DeadlineRow } from '../../shared/contract/workflow';
import type { WorkbenchOverview } from '../../shared/contract/workbench';
import type { ServiceContext } from './context';
import { todayOf } from './audit';
import { cardEnterprises, computeCaseDeadlines } from './deadlineList';
import { listMilestones } from './milestones';
import { readSettings } from './settings';

/** The longest 待办 list the home screen receives; the counts always cover every case. */
const MAX_URGENT = 500;

/**
 * 工作台: overdue cases first (longest overdue first), then those due within the 'near'
 * threshold, then the year's milestones not yet done; counts by dimension and card; the cases
 * 待定期限, whose order's period is still to be entered (in case order).
 */
export function workbenchOverview(ctx: ServiceContext, today: IsoDate = todayOf(ctx)): WorkbenchOverview {
  const { thresholds, cases } = computeCaseDeadlines(ctx, today);
  const year = readSettings(ctx).year;
  const byDimension = new Map<Dimension, WorkbenchOverview['counts']['byDimension'][number]>(
    DIMENSIONS.map((dimension) => [dimension, { dimension, open: 0, overdue: 0, soon: 0, near: 0, yellow: 0, red: 0, closed: 0 }]),
  );
  const urgent: DeadlineRow[] = [];
  const awaitingPeriod: DeadlineRow[] = [];
  const missingYears = new Set<number>();
  let uncovered = 0;
  for (const { row, open } of cases) {
    const counts = byDimension.get(row.dimension as Dimension);
    if (!counts) continue;
    if (open) counts.open++;
    else counts.closed++;
    if (row.card === 'yellow') counts.yellow++;
    if (row.card === 'red') counts.red++;
    if (row.band === 'overdue' || row.band === 'soon' || row.band === 'near') {
      counts[row.band]++;
      urgent.push(row);
    }
    if (row.awaitsPeriod) awaitingPeriod.push(row);
    if (row.missingYear !== null) {
      uncovered++;
      missingYears.add(row.missingYear);
    }
  }
  urgent.sort((a, b) => byUrgency({ days: a.days ?? 0 }, { days: b.days ?? 0 }) || a.id - b.id);
  const milestones = listMilestones(ctx, year, today).filter((m) => m.doneDate === null);
  const all = [...byDimension.values()];
  const sum = (k: 'open' | 'overdue' | 'soon' | 'near') => all.reduce((n, c) => n + c[k], 0);
  return {
    today,
    year,
    thresholds: { soon: thresholds.soon, near: thresholds.near },
    urgent: urgent.slice(0, MAX_URGENT),
    awaitingPeriod: awaitingPeriod.slice(0, MAX_URGENT),
    uncovered: { count: uncovered, years: [...missingYears].sort() },
    milestones,
    counts: {
      open: sum('open'),
      overdue: sum('overdue'),
      soon: sum('soon'),
      near: sum('near'),
      yellowEnterprises: cardEnterprises(cases, 'yellow').length,
      redEnterprises: cardEnterprises(cases, 'red').length,
      milestonesDue: milestones.filter((m) => m.countdown && m.countdown.band !== 'later').length,
      awaitingPeriod: awaitingPeriod.length,
      byDimension: all,
    },
  };
}
