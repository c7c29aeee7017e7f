import type { Handlers } from '../types';
import { appHandlers } from './app';
import { enterpriseHandlers } from './enterprises';
import { lineHandlers } from './lines';

export const handlers: Handlers = {
  ...appHandlers,
  ...enterpriseHandlers,
  ...lineHandlers,
};
