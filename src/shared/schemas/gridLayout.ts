import { z } from './zod';

/** The grids whose column widths, order and visibility are remembered. */
export const GRID_KEYS = ['enterprises', 'lines', 'cases', 'enterpriseLines', 'enterpriseCases'] as const;
export type GridKey = (typeof GRID_KEYS)[number];

/** One column as the user left it; the array order is the column order. */
export const ColumnLayout = z.object({
  colId: z.string().min(1).max(60),
  width: z.number().int().min(20).max(2000).optional(),
  hide: z.boolean().optional(),
  pinned: z.enum(['left', 'right']).nullable().optional(),
});
export type ColumnLayout = z.output<typeof ColumnLayout>;

export const GridLayout = z.array(ColumnLayout).max(100);
export type GridLayout = z.output<typeof GridLayout>;
