import { z } from '../schemas/zod';

/**
 * 县（市、区）: the county a row was reported by (migration 0010). Declared once here; every
 * entity carries it in its record, so the CLI's JSON, the grids, the lists and the exports read
 * it from the same place. Enterprises, tasks and milestones store it (`computed`: the roll-up
 * sets it, nobody types it); lines and cases take their enterprise's (`joined`).
 *
 * A sheet's header for it is recognised by reports/templateColumns.ts isCountyColumn.
 *
 * In a county's own ledger it is '' everywhere and nothing shows it; in a city ledger (本级 = 市)
 * it is a column, a filter and a grouping (renderer grid/countyColumn.ts, reports/countyLists.ts).
 */
export const COUNTY_FIELD = {
  key: 'county',
  label: '县（市、区）',
  gridWidth: 130,
  /** Where a list puts it in a city ledger: a printed column this wide, after 序号. */
  listWidthMm: 20,
} as const;

export const countyShape = { county: z.string() };

/** 本级 = 市: the ledger holds several counties' rows side by side. */
export const isCityLevel = (level: string): boolean => level === '市';

/**
 * What a template's 县（市、区） column is filled with, as the mapping shows it: a county's own
 * name (设置) in a county ledger; each row's own county in a city ledger.
 */
export const countyColumnSource = (city: boolean): string => (city ? '各行所属县（市、区）' : '本县名称（设置）');
