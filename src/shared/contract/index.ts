import type { z } from 'zod';
import type { ChannelDef } from './channel';
import { appChannels } from './app';
import { enterpriseChannels } from './enterprises';
import { caseChannels } from './cases';
import { historyChannels } from './history';
import { lineChannels } from './lines';
import { jobChannels } from './jobs';
import { backupChannels } from './backups';
import { workflowChannels } from './workflow';
import { obligationChannels } from './obligations';
import { workbenchChannels } from './workbench';
import { milestoneChannels } from './milestones';
import { calendarChannels } from './calendar';
import { ruleChannels } from './rules';
import { evidenceChannels } from './evidence';
import { importChannels } from './imports';
import { settingsChannels } from './settings';
import { taskChannels } from './tasks';
import { reportChannels } from './reports';
import { templateChannels } from './templates';
import { packageChannels } from './packages';

/**
 * The one IPC contract. Main registers a handler per channel and parses every input with the
 * channel's schema; the preload exposes one function per channel; the renderer's client and the
 * browser harness are typed from the same object. Channel names read `noun:verb`.
 */
export const contract = {
  ...appChannels,
  ...enterpriseChannels,
  ...lineChannels,
  ...jobChannels,
  ...backupChannels,
  ...workflowChannels,
  ...obligationChannels,
  ...workbenchChannels,
  ...milestoneChannels,
  ...calendarChannels,
  ...ruleChannels,
  ...evidenceChannels,
  ...importChannels,
  ...caseChannels,
  ...historyChannels,
  ...settingsChannels,
  ...taskChannels,
  ...reportChannels,
  ...templateChannels,
  ...packageChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before parsing: defaults and preprocessing not yet applied). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
