import { readFileSync } from 'node:fs';
import { parseRuleSetFile, type RuleSet } from '../../src/shared/rules/ruleSet';

/** resources/rules/national.json, read through the same parser an imported file goes through. */
export function nationalRuleSet(): RuleSet {
  const result = parseRuleSetFile(readFileSync(new URL('../../resources/rules/national.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
