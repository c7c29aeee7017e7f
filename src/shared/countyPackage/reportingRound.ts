import { addDays, type IsoDate } from '../domain/dates';

/**
 * 报送情况 is for "the current reporting date" (the Liaocheng, Xinzhou and Henan plans set the
 * dates: 时间节点 of kind 上报上级). The round open today ends on the next such date and began the
 * day after the last one before today; a package exported before it belongs to an earlier round
 * and is out of date. Without a past date the round has no start (only last year's data is old).
 */
export interface ReportingDate {
  name: string;
  date: IsoDate;
}

export interface ReportingRound {
  since: IsoDate | null;
  due: ReportingDate | null;
}

export function reportingRound(dates: readonly ReportingDate[], today: IsoDate): ReportingRound {
  const sorted = [...dates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const past = sorted.filter((d) => d.date < today).at(-1) ?? null;
  const due = sorted.find((d) => d.date >= today) ?? null;
  return { since: past ? addDays(past.date, 1) : null, due };
}
