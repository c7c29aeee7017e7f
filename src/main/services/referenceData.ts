import { bundledHolidayFile, bundledHolidayFingerprint } from '../calendar/bundled';
import { replaceBundledCalendar } from '../db/repositories/calendar';
import { readSetting, writeSetting } from '../db/repositories/settings';
import type { Db } from '../db/connection';
import { seedRuleSets } from './ruleSets';

const CALENDAR_KEY = 'calendar.bundledFingerprint';

/**
 * Run at every open of a writable ledger, after the migrations: the shipped holiday calendar is
 * copied into the ledger when it changed (a new app version bringing next year's notice) — the
 * user's own entries are separate rows and stay as they are — and the national rule set exists.
 */
export function seedReferenceData(db: Db, now: Date = new Date()): void {
  const at = now.toISOString();
  db.transaction(() => {
    const fingerprint = bundledHolidayFingerprint();
    if (readSetting<string>(db, CALENDAR_KEY) !== fingerprint) {
      replaceBundledCalendar(db, bundledHolidayFile(), at);
      writeSetting(db, CALENDAR_KEY, fingerprint);
    }
    seedRuleSets(db, at);
  })();
}
