import { z } from '../schemas/zod';
import { IsoDateSchema } from '../schemas/period';
import { DIMENSIONS } from '../domain/dimensions';
import { query } from './channel';
import { DeadlineRow, Thresholds } from './workflow';
import { MilestoneRow } from './milestones';

/** 工作台: what the user sees first — overdue, then due soon, then the year's milestones. */

const DimensionCounts = z.object({
  dimension: z.enum(DIMENSIONS),
  open: z.number().int(),
  overdue: z.number().int(),
  soon: z.number().int(),
  near: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  closed: z.number().int(),
});

export const WorkbenchOverview = z.object({
  today: z.string(),
  year: z.number().int(),
  thresholds: Thresholds,
  /** Overdue first (longest first), then due within the `near` threshold, nearest first. */
  urgent: z.array(DeadlineRow),
  /** 待定期限: open cases whose order's period has not been entered (oldest notice first). */
  awaitingPeriod: z.array(DeadlineRow),
  /** Open cases whose deadline waits for a year's holiday notice. */
  uncovered: z.object({ count: z.number().int(), years: z.array(z.number().int()) }),
  /** The year's milestones not yet done (overdue ones included), by date. */
  milestones: z.array(MilestoneRow),
  counts: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    soon: z.number().int(),
    near: z.number().int(),
    yellowEnterprises: z.number().int(),
    redEnterprises: z.number().int(),
    milestonesDue: z.number().int(),
    awaitingPeriod: z.number().int(),
    byDimension: z.array(DimensionCounts),
  }),
});
export type WorkbenchOverview = z.output<typeof WorkbenchOverview>;

export const workbenchChannels = {
  'workbench:overview': query(z.object({ today: IsoDateSchema.optional() }).strict(), WorkbenchOverview),
};
