import type { GridKey, GridLayout } from '../../shared/schemas/gridLayout';
import { readSetting, writeSetting } from '../db/repositories/settings';
import { assertWritable, type ServiceContext } from './context';

// A layout is how one user likes to see a grid, not ledger data: it is kept in the data file
// (so it survives the harness's changing origin and Electron's file:// page) but not audited.
const key = (grid: GridKey) => `gridLayout.${grid}`;

export function readGridLayout(ctx: ServiceContext, grid: GridKey): GridLayout | null {
  return readSetting<GridLayout>(ctx.db, key(grid)) ?? null;
}

export function saveGridLayout(ctx: ServiceContext, grid: GridKey, columns: GridLayout): void {
  assertWritable(ctx);
  writeSetting(ctx.db, key(grid), columns);
}
