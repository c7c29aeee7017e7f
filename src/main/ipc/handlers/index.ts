import type { Handlers } from '../types';
import { appHandlers } from './app';
import { enterpriseHandlers } from './enterprises';
import { caseHandlers } from './cases';
import { historyHandlers } from './history';
import { lineHandlers } from './lines';
import { settingsHandlers } from './settings';

export const handlers: Handlers = {
  ...appHandlers,
  ...enterpriseHandlers,
  ...lineHandlers,
  ...caseHandlers,
  ...historyHandlers,
  ...settingsHandlers,
};
