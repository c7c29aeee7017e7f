import {
  activateRuleSet,
  deleteRuleSet,
  exportRuleSet,
  getRuleSetRecord,
  importRuleSet,
  listRuleSets,
  restoreDefaultRuleSet,
  saveRuleSet,
} from '../../services/ruleSets';
import type { HandlerGroup } from '../types';
import type { ruleChannels } from '../../../shared/contract/rules';

type RuleChannels = keyof typeof ruleChannels;

export const ruleHandlers: HandlerGroup<RuleChannels> = {
  'rules:list': (_q, ctx) => listRuleSets(ctx),
  'rules:get': ({ id }, ctx) => getRuleSetRecord(ctx, id),
  'rules:save': ({ id, ruleSet }, ctx) => saveRuleSet(ctx, id, ruleSet),
  'rules:activate': ({ id }, ctx) => activateRuleSet(ctx, id),
  'rules:delete': ({ id }, ctx) => deleteRuleSet(ctx, id),
  'rules:import': ({ text, activate }, ctx) => importRuleSet(ctx, text, activate),
  'rules:export': ({ id }, ctx) => exportRuleSet(ctx, id),
  'rules:restoreDefault': (_q, ctx) => restoreDefaultRuleSet(ctx),
};
