import type { Handlers } from '../types';
import { appHandlers } from './app';
import { enterpriseHandlers } from './enterprises';
import { lineHandlers } from './lines';
import { jobHandlers } from './jobs';
import { backupHandlers } from './backups';
import { importHandlers } from './imports';

export const handlers: Handlers = {
  ...appHandlers,
  ...enterpriseHandlers,
  ...lineHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...importHandlers,
};
