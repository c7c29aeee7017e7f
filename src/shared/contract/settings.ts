import { z } from '../schemas/zod';
import { GRID_KEYS, GridLayout } from '../schemas/gridLayout';
import { OptionLists, OptionListsPatch } from '../schemas/optionLists';
import { command, query } from './channel';

export const settingsChannels = {
  'settings:lists': query(z.object({}).strict(), OptionLists),
  'settings:updateLists': command(OptionListsPatch, OptionLists),
  /** Column widths, order and visibility of a grid; null until the user changes them. */
  'grid:layout': query(z.object({ grid: z.enum(GRID_KEYS) }).strict(), GridLayout.nullable()),
  'grid:saveLayout': command(z.object({ grid: z.enum(GRID_KEYS), columns: GridLayout }).strict(), z.object({})),
};
