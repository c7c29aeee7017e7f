import { createHash } from 'node:crypto';
import holidays from '../../../resources/calendar/holidays-cn.json';
import nationalRules from '../../../resources/rules/national.json';
import { HolidayFile } from '../../shared/calendar/schema';
import { RuleSetSchema, type RuleSet } from '../../shared/rules/ruleSet';

/**
 * The reference data the app ships (resources/), bundled into the main process: the State
 * Council holiday notices 2017 onwards and the national default rule set. Both are checked with
 * their schemas once, at first use, so a broken resource fails loudly in tests, not at a user's.
 */

let holidayFile: HolidayFile | undefined;

export function bundledHolidayFile(): HolidayFile {
  holidayFile ??= HolidayFile.parse(holidays);
  return holidayFile;
}

/** Changes whenever the shipped calendar does: the ledger's copy is refreshed then. */
export function bundledHolidayFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(holidays)).digest('hex').slice(0, 16);
}

let national: RuleSet | undefined;

export function bundledNationalRuleSet(): RuleSet {
  national ??= RuleSetSchema.parse(nationalRules);
  return national;
}
