import type { ServiceContext } from '../../src/main/services/context';
import { updateSettings } from '../../src/main/services/settings';
import { buildCountyLedger } from './countyLedger';
import { memoryContext } from './db';

/** Three counties of 聊城市, each with the list tests' ledger (so the same firm names in each). */
export const CITY_COUNTIES = ['冠县', '莘县', '阳谷县'] as const;

/**
 * A city ledger (本级 = 市) holding its counties' rows side by side, as a roll-up leaves them:
 * every county the same four firms under the same names and codes — the namesakes a city must
 * never merge. The rows go in as the county's own ('') and are then given the county, as
 * countyData.insertCountyRow does for a package.
 */
export function buildCityLedger(counties: readonly string[] = CITY_COUNTIES): ServiceContext {
  return fillCityLedger(memoryContext(), counties);
}

/** The same into a given ledger (the e2e's). */
export function fillCityLedger(ctx: ServiceContext, counties: readonly string[] = CITY_COUNTIES): ServiceContext {
  updateSettings(ctx, { countyName: '聊城市', level: '市', year: 2026 });
  for (const county of counties) {
    buildCountyLedger(ctx);
    for (const table of ['enterprises', 'tasks', 'milestones']) ctx.db.prepare(`UPDATE ${table} SET county = ? WHERE county = ''`).run(county);
  }
  return ctx;
}
