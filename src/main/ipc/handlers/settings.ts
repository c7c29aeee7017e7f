import { readGridLayout, saveGridLayout } from '../../services/gridLayouts';
import { readOptionLists, updateOptionLists } from '../../services/optionLists';
import type { HandlerGroup } from '../types';

export const settingsHandlers: HandlerGroup<'settings:lists' | 'settings:updateLists' | 'grid:layout' | 'grid:saveLayout'> = {
  'settings:lists': (_input, ctx) => readOptionLists(ctx),
  'settings:updateLists': (patch, ctx) => updateOptionLists(ctx, patch),
  'grid:layout': ({ grid }, ctx) => readGridLayout(ctx, grid),
  'grid:saveLayout': ({ grid, columns }, ctx) => {
    saveGridLayout(ctx, grid, columns);
    return {};
  },
};
