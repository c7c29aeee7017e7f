import type { Handlers } from '../types';
import { appHandlers } from './app';
import { enterpriseHandlers } from './enterprises';
import { caseHandlers } from './cases';
import { historyHandlers } from './history';
import { lineHandlers } from './lines';
import { jobHandlers } from './jobs';
import { backupHandlers } from './backups';
import { workflowHandlers } from './workflow';
import { obligationHandlers } from './obligations';
import { workbenchHandlers } from './workbench';
import { milestoneHandlers } from './milestones';
import { calendarHandlers } from './calendar';
import { ruleHandlers } from './rules';
import { evidenceHandlers } from './evidence';
import { importHandlers } from './imports';
import { settingsHandlers } from './settings';
import { taskHandlers } from './tasks';
import { reportHandlers } from './reports';
import { templateHandlers } from './templates';
import { packageHandlers } from './packages';

export const handlers: Handlers = {
  ...appHandlers,
  ...enterpriseHandlers,
  ...lineHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...workflowHandlers,
  ...obligationHandlers,
  ...workbenchHandlers,
  ...milestoneHandlers,
  ...calendarHandlers,
  ...ruleHandlers,
  ...evidenceHandlers,
  ...importHandlers,
  ...caseHandlers,
  ...historyHandlers,
  ...settingsHandlers,
  ...taskHandlers,
  ...reportHandlers,
  ...templateHandlers,
  ...packageHandlers,
};
