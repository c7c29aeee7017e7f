import type { Handlers } from '../types';
import { appHandlers } from './app';
import { enterpriseHandlers } from './enterprises';
import { lineHandlers } from './lines';
import { jobHandlers } from './jobs';
import { backupHandlers } from './backups';
import { taskHandlers } from './tasks';
import { reportHandlers } from './reports';

export const handlers: Handlers = {
  ...appHandlers,
  ...enterpriseHandlers,
  ...lineHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...taskHandlers,
  ...reportHandlers,
};
