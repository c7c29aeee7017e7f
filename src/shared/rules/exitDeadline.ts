import type { IsoDate } from '../domain/dates';

/**
 * When a line planned to go in a year must be gone (完成时限): its own planned date, else the
 * year's plan milestone that sets completion (豫淘汰落后办〔2021〕10号: "10月底前，各地、各相关单位要
 * 完成本地、本部门2021年依法依规关闭退出落后产能工作"; 忻州 2020: 任务落实 7月16日—11月20日), else
 * the year's last day. Each is a date the plan or order names, not a period: the holiday rule never
 * moves it (domain.md).
 */

/** A year's 完成关闭退出 milestone: the earliest, when a plan sets several. */
export interface CompletionMilestone {
  readonly date: IsoDate;
  readonly name: string;
}

export interface ExitDeadline {
  readonly date: IsoDate;
  /** Where the date comes from, in the user's words. */
  readonly source: string;
}

export interface ExitDeadlineFacts {
  readonly plannedExitDate: IsoDate | null;
  readonly planYear: number | null;
}

export function lineExitDeadline(line: ExitDeadlineFacts, completionOf: (year: number) => CompletionMilestone | null): ExitDeadline | null {
  if (line.plannedExitDate) return { date: line.plannedExitDate, source: '计划退出日期' };
  if (line.planYear === null) return null;
  return yearExitDeadline(line.planYear, completionOf);
}

/** The year's own deadline for exits: its completion milestone, else 12月31日. */
export function yearExitDeadline(year: number, completionOf: (year: number) => CompletionMilestone | null): ExitDeadline {
  const milestone = completionOf(year);
  if (milestone) return { date: milestone.date, source: `年度时间节点“${milestone.name}”` };
  return { date: `${year}-12-31`, source: `计划退出年度${year}年12月31日` };
}
