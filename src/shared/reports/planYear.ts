import { z } from '../schemas/zod';

/**
 * A plan adopted for another year: 「2022年上半年」 in Liaocheng's 2022 plan means the first half of
 * the year it is adopted for. Every date of the source year moves to the target year, and of
 * the year after it to the year after (「2023年1月」 → Y+1); 「次年」 needs nothing, it is read
 * against the adopted year. Catalogue editions (「2019年本」) and titles in 《》 are not dates and
 * keep their year.
 */

export const YearShift = z.object({
  from: z.number().int(),
  to: z.number().int(),
  /** How many dates were moved, over all tasks. */
  moved: z.number().int(),
});
export type YearShift = z.output<typeof YearShift>;

interface Dated {
  content: string;
  completionText: string;
  completionDate: string | null;
}

/** The year a plan is for: its preset year, else the first year its title names (「聊城市2022年…」). */
export function planYearOf(title: string): number | null {
  const m = /(\d{4})\s*年(?!本|版)/.exec(title);
  return m ? Number(m[1]) : null;
}

function shiftText(text: string, from: number, to: number): { text: string; moved: number } {
  let moved = 0;
  let depth = 0;
  // Walk 《》 depth by hand so that a year inside a document's title is left alone.
  const out = text.replace(/《|》|(\d{4})(?=\s*年(?!本|版))/g, (m, year: string | undefined) => {
    if (m === '《') depth++;
    else if (m === '》') depth = Math.max(0, depth - 1);
    if (!year || depth > 0) return m;
    const y = Number(year);
    if (y !== from && y !== from + 1) return m;
    moved++;
    return String(y - from + to);
  });
  return { text: out, moved };
}

export function shiftPlanYear<T extends Dated>(tasks: readonly T[], from: number, to: number): { tasks: T[]; shift: YearShift } {
  if (from === to) return { tasks: [...tasks], shift: { from, to, moved: 0 } };
  let moved = 0;
  const shifted = tasks.map((t) => {
    const content = shiftText(t.content, from, to);
    const completion = shiftText(t.completionText, from, to);
    const due = t.completionDate ? shiftText(t.completionDate.replace(/^(\d{4})-/, '$1年-'), from, to).text.replace('年-', '-') : t.completionDate;
    moved += content.moved + completion.moved + (due !== t.completionDate ? 1 : 0);
    return { ...t, content: content.text, completionText: completion.text, completionDate: due };
  });
  return { tasks: shifted, shift: { from, to, moved } };
}

/** What the user is told: 「方案中的2022年日期已改为2026年（共5处），2023年改为2027年」. */
export function describeYearShift(shift: YearShift): string {
  if (shift.from === shift.to) return '';
  if (shift.moved === 0) return `方案为${shift.from}年，其中没有需要改动的日期；“次年”按${shift.to + 1}年计算。`;
  return `方案为${shift.from}年：其中的${shift.from}年日期已改为${shift.to}年、${shift.from + 1}年改为${shift.to + 1}年（共${shift.moved}处）；“次年”按${shift.to + 1}年计算。`;
}
