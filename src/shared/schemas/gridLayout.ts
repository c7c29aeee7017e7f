import { z } from './zod';

/** The grids whose column widths, order and visibility are remembered. */
export const GRID_KEYS = ['enterprises', 'lines', 'cases', 'enterpriseLines', 'enterpriseCases'] as const;
export type GridKey = (typeof GRID_KEYS)[number];

/** An option column's set filter: the values kept ('' for blank cells). */
export const SetFilterModel = z.object({ filterType: z.literal('set'), values: z.array(z.string().max(200)).max(2000) });
export type SetFilterModel = z.output<typeof SetFilterModel>;

/** One condition of AG Grid's text, number or date filter, as its getModel() gives it. */
const FilterCondition = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  type: z.string().min(1).max(40),
  filter: z.union([z.string().max(200), z.number()]).nullish(),
  filterTo: z.number().nullish(),
  dateFrom: z.string().max(40).nullish(),
  dateTo: z.string().max(40).nullish(),
});
const CombinedFilter = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(FilterCondition).min(1).max(4),
});

/** A column's filter as the user left it: kept with the layout, so a filtered list stays so. */
export const ColumnFilter = z.union([SetFilterModel, CombinedFilter, FilterCondition]);
export type ColumnFilter = z.output<typeof ColumnFilter>;

/** One column as the user left it; the array order is the column order. */
export const ColumnLayout = z.object({
  colId: z.string().min(1).max(60),
  width: z.number().int().min(20).max(2000).optional(),
  hide: z.boolean().optional(),
  pinned: z.enum(['left', 'right']).nullable().optional(),
  filter: ColumnFilter.optional(),
});
export type ColumnLayout = z.output<typeof ColumnLayout>;

export const GridLayout = z.array(ColumnLayout).max(100);
export type GridLayout = z.output<typeof GridLayout>;
