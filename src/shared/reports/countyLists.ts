import { COUNTY_FIELD } from '../entities/county';
import type { ListColumn, ListDefinition } from './listTypes';

/**
 * A list as a city draws it up (本级 = 市): the same list with a 县（市、区） column after 序号,
 * its rows county by county (the repositories sort them so). The lists stay flat rather than
 * cut into one block per county: a county column is what the city sorts, filters and pivots on
 * in Excel or WPS, and the 合计 counts the counties listed. The summary's 乡镇 column gives way
 * to the county (its rows are grouped by county instead of town, reportSummary.ts).
 */
export function countyColumn<R extends { county: string }>(): ListColumn<R> {
  return {
    id: 'county',
    header: COUNTY_FIELD.label.replace('（', '\n（'),
    widthMm: COUNTY_FIELD.listWidthMm,
    kind: 'text',
    value: (r) => r.county || null,
    total: { kind: 'distinct', key: (r) => r.county, suffix: '个' },
  };
}

export function listForLevel<R>(def: ListDefinition<R>, city: boolean | undefined): ListDefinition<R> {
  if (!city) return def;
  const county = countyColumn<{ county: string }>() as unknown as ListColumn<R>;
  const columns = def.columns.filter((c) => !(def.id === 'summary' && c.id === 'town'));
  const at = columns[0]?.kind === 'index' ? 1 : 0;
  return { ...def, columns: [...columns.slice(0, at), county, ...columns.slice(at)] };
}
