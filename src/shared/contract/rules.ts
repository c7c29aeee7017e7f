import { z } from '../schemas/zod';
import { entityId } from '../schemas/fields';
import { RuleSetSchema } from '../rules/ruleSet';
import { command, query } from './channel';

/** 规则集: the national default and provinces' variants; one is active for the ledger. */

export const RuleSetSummary = z.object({
  id: entityId,
  name: z.string(),
  region: z.string(),
  version: z.string(),
  builtin: z.boolean(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type RuleSetSummary = z.output<typeof RuleSetSummary>;

export const RuleSetRecord = RuleSetSummary.extend({ ruleSet: RuleSetSchema });
export type RuleSetRecord = z.output<typeof RuleSetRecord>;

export const ruleChannels = {
  'rules:list': query(z.object({}).strict(), z.array(RuleSetSummary)),
  /** Without an id: the active rule set. */
  'rules:get': query(z.object({ id: entityId.optional() }).strict(), RuleSetRecord),
  /** Parsed field by field in the service, so one wrong field gets one Chinese message. */
  'rules:save': command(z.object({ id: entityId.optional(), ruleSet: z.record(z.string(), z.unknown()) }).strict(), RuleSetRecord),
  'rules:activate': command(z.object({ id: entityId }).strict(), RuleSetRecord),
  'rules:delete': command(z.object({ id: entityId }).strict(), z.object({ deleted: z.boolean() })),
  /** A rule-set file's text (the renderer reads the file the user picked). */
  'rules:import': command(z.object({ text: z.string().min(1).max(1_000_000), activate: z.boolean().optional() }).strict(), RuleSetRecord),
  /** Writes the rule set to a file the user chooses in the save dialog. */
  'rules:export': query(z.object({ id: entityId }).strict(), z.object({ file: z.string().nullable() })),
  /** Puts the shipped national default back as it was released. */
  'rules:restoreDefault': command(z.object({}).strict(), RuleSetRecord),
};
