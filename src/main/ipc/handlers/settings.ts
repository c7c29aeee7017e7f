import { readGridLayout, saveGridLayout } from '../../services/gridLayouts';
import { readOptionLists, updateOptionLists } from '../../services/optionLists';
import type { HandlerGroup } from '../types';
import type { settingsChannels } from '../../../shared/contract/settings';

export const settingsHandlers: HandlerGroup<keyof typeof settingsChannels> = {
  'settings:lists': (_input, ctx) => readOptionLists(ctx),
  'settings:updateLists': (patch, ctx) => updateOptionLists(ctx, patch),
  'grid:layout': ({ grid }, ctx) => readGridLayout(ctx, grid),
  'grid:saveLayout': ({ grid, columns }, ctx) => {
    saveGridLayout(ctx, grid, columns);
    return {};
  },
};
