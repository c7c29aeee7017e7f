import type { IsoDate } from '../domain/dates';
import type { Dimension } from '../domain/dimensions';
import { EXIT_METHODS } from '../entities/capacityLine';

/**
 * What a closure (依法关停退出) writes to the ledger beside the case: the enterprise's 生产状态 and
 * each linked line's 退出方式 and 退出日期 (鲁经信产〔2017〕481号 二、（六）: "通过依法关停、停业、
 * 关闭、取缔整个企业……使相应产能不再投入生产"). Without them the exit list, the statistics and the
 * city's template would miss the closure. The user confirms or edits the proposal in the dialog.
 */

export const CLOSURE_ENTERPRISE_STATUSES = ['已关停', '已关闭取缔'] as const;
export type ClosureEnterpriseStatus = (typeof CLOSURE_ENTERPRISE_STATUSES)[number];
export type ExitMethod = (typeof EXIT_METHODS)[number];

/** 安全 予以关闭, 环保 关闭 and 技术 取缔 close the firm for good; 能耗 and 质量 关停退出. */
const STATUS_BY_DIMENSION: Record<Dimension, ClosureEnterpriseStatus> = {
  能耗: '已关停',
  质量: '已关停',
  环保: '已关闭取缔',
  安全: '已关闭取缔',
  技术: '已关闭取缔',
};

export interface ClosureLineFacts {
  readonly lineId: number;
  readonly exitMethod: string | null;
  readonly exitDate: IsoDate | null;
}

export interface ClosureLine {
  readonly lineId: number;
  readonly exitMethod: ExitMethod;
  readonly exitDate: IsoDate;
}

export interface Closure {
  readonly enterpriseStatus: ClosureEnterpriseStatus;
  readonly lines: readonly ClosureLine[];
}

function isExitMethod(value: string | null): value is ExitMethod {
  return value !== null && (EXIT_METHODS as readonly string[]).includes(value);
}

/**
 * The proposal: the dimension's status, and for each line its own exit if it already has one
 * (a line dismantled earlier keeps 拆除 and its date), else 关停整个企业 on the closure's date.
 */
export function proposeClosure(dimension: Dimension, date: IsoDate, lines: readonly ClosureLineFacts[]): Closure {
  return {
    enterpriseStatus: STATUS_BY_DIMENSION[dimension],
    lines: lines.map((l) => ({
      lineId: l.lineId,
      exitMethod: isExitMethod(l.exitMethod) ? l.exitMethod : '关停整个企业',
      exitDate: l.exitDate ?? date,
    })),
  };
}
