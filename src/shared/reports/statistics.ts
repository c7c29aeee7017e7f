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
});
export type Statistics = z.output<typeof Statistics>;
