import { readWrittenDate } from '../normalise/writtenDate';
import { z } from '../schemas/zod';
import { TargetKey } from './targets';
import type { Cell } from './types';

/**
 * The years a row's dates and its plan year are read in, and where each came from, so the
 * preview can say it: a line's 计划退出年度 is its own column's, else its planned exit
 * date's year, else the year of the sheet's title (proposed as a constant in 对应列, which the
 * user can change). A date written without a year (10月底前, 年底前) takes the row's plan year,
 * else the title's, else the ledger's 当前年度.
 */
export const YearSource = z.enum(['column', 'date', 'title', 'constant', 'ledger']);
export type YearSource = z.output<typeof YearSource>;

export const YEAR_SOURCE_LABELS: Record<YearSource, string> = {
  column: '本行的「计划退出年度」',
  date: '本行的完成时限',
  title: '表格标题中的年度',
  constant: '对应列步骤填写的固定值',
  ledger: '设置中的当前年度',
};

export const RowYear = z.object({ target: TargetKey, year: z.number(), from: YearSource });
export type RowYear = z.output<typeof RowYear>;

/** 「阳谷县2022年落后产能退出台账」 → 2022: the first plausible year a title names. */
export function yearInTitle(texts: readonly string[]): number | null {
  for (const t of texts) {
    const m = /(?:^|[^\d])(20\d{2})\s*年/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The years an import reads undated limits in: the sheet title's and the ledger's. */
export interface YearContext {
  titleYear: number | null;
  ledgerYear: number | null;
}

const MAX_REMEMBERED = 20_000;

/** readWrittenDate for one import, remembering what it has read (the same limits repeat down a sheet). */
export class WrittenDateReader {
  private readonly seen = new Map<string, string | null>();

  /** The ISO date `value` means in `year`, or null when it is no date at all. */
  read(value: Cell, year: number | null): string | null {
    if (typeof value !== 'string') return null;
    const key = `${year ?? ''}\u0000${value}`;
    let r = this.seen.get(key);
    if (r === undefined) {
      r = readWrittenDate(value, year)?.date ?? null;
      if (this.seen.size < MAX_REMEMBERED) this.seen.set(key, r);
    }
    return r;
  }
}
