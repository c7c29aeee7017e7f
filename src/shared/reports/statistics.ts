import { z } from '../schemas/zod';

/**
 * The 统计 screen's figures for a year. Lines count as planned when their plan year is the
 * year and as exited when they also carry an exit date — the rule of the 汇总表, so the charts
 * and the summary list agree. Capacity is only summed within one unit.
 */
export const Statistics = z.object({
  year: z.number().int(),
  capacityByIndustry: z.array(
    z.object({
      industry: z.string(),
      unit: z.string(),
      plannedCapacity: z.number(),
      exitedCapacity: z.number(),
      plannedLines: z.number().int(),
      exitedLines: z.number().int(),
    }),
  ),
  casesByDimension: z.array(z.object({ dimension: z.string(), status: z.string(), count: z.number().int() })),
  byTown: z.array(
    z.object({ town: z.string(), plannedEnterprises: z.number().int(), plannedLines: z.number().int(), exitedLines: z.number().int() }),
  ),
  /**
   * A city ledger's county × industry × dimension (× capacity unit): the 汇总表's rows
   * (repositories/reportSummary.ts), so the screen and the export agree. Empty in a county's.
   */
  byCounty: z.array(
    z.object({
      county: z.string(),
      industry: z.string(),
      dimension: z.string(),
      capacityUnit: z.string(),
      plannedEnterprises: z.number().int(),
      plannedLines: z.number().int(),
      plannedCapacity: z.number().nullable(),
      exitedEnterprises: z.number().int(),
      exitedLines: z.number().int(),
      exitedCapacity: z.number().nullable(),
    }),
  ),
});
export type Statistics = z.output<typeof Statistics>;
