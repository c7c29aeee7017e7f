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

type RuleChannels =
  | 'rules:list'
  | 'rules:get'
  | 'rules:save'
  | 'rules:activate'
  | 'rules:delete'
  | 'rules:import'
  | 'rules:export'
  | 'rules:restoreDefault';

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
