import type { IsoDate } from '../domain/dates';
import type { Dimension } from '../domain/dimensions';
import type { CaseStatus } from './caseStates';
import { lineExitDeadline, yearExitDeadline, type CompletionMilestone, type ExitDeadline, type ExitDeadlineFacts } from './exitDeadline';

/**
 * The steps the work plans require after a closure (依法关停) or a sealing (断水断电·封存), as a
 * checklist on the case. Each is a dated step with its document (文号 or 网址); the per-line step
 * (断水断电、拆除动力装置、封存主体设备) carries its 限时拆除 date and counts down to it.
 * 1. applicableObligations: which steps a case owes, from its dimension, state and lines;
 * 2. dismantleBy: the 限时拆除 date and where it comes from (the order, else the line's exit
 *    deadline from the year's plan, rules/exitDeadline.ts);
 * 3. missingFields: what a step still lacks before it can be marked done.
 * Pure: the caller passes today's facts; the records live in case_obligations (migration 0007).
 */

export const OBLIGATION_KINDS = ['pledge', 'seal-line', 'website-notice', 'government-approval', 'licence', 'credit-push', 'power-price'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export const OBLIGATION_LABELS: Record<ObligationKind, string> = {
  pledge: '公开承诺不再恢复生产',
  'seal-line': '断水断电、拆除动力装置、封存主体设备',
  'website-notice': '网站公告',
  'government-approval': '人民政府批准',
  licence: '注销生产许可证',
  'credit-push': '推送信用平台',
  'power-price': '差别电价或惩罚性电价',
};

/** 安全 closures 吊销相关证照 (安全生产法); every other closure 注销生产许可证. */
export function obligationLabel(kind: ObligationKind, dimension: Dimension): string {
  if (kind === 'licence' && dimension === '安全') return '吊销相关证照';
  return OBLIGATION_LABELS[kind];
}

export interface ObligationBasis {
  readonly text: string;
  readonly source: string;
}

/** The plan sentence each step rests on, shown beside it. */
export const OBLIGATION_BASIS: Record<ObligationKind, ObligationBasis> = {
  pledge: {
    text: '暂不具备拆除条件的，应立即断水、断电，拆除动力装置，封存主体设备（生产线），企业向社会公开承诺不再恢复生产',
    source: '鲁经信产〔2017〕481号 二、（五）技术方面',
  },
  'seal-line': {
    text: '要于10月底前将主体设备淘汰拆除完毕，使其不能恢复生产，并确保不向其他地区转移',
    source: '豫淘汰落后办〔2021〕10号 二、（一）制定计划',
  },
  'website-notice': {
    text: '同时在省级人民政府或省级主管部门网站公告，接受社会监督，并限时拆除',
    source: '鲁经信产〔2017〕481号 二、（五）技术方面',
  },
  'government-approval': {
    text: '逾期未整改或经整改仍未达标的，报有批准权的人民政府依法关停退出',
    source: '忻州市2020年度利用综合标准依法依规推动落后产能退出工作方案 三、（二）1',
  },
  licence: {
    text: '对因工艺装备落后、环保和能耗不达标被依法关停的企业，注销生产许可证；经停产停业整顿仍不具备安全生产条件的，予以关闭；有关部门应当吊销其相关证照',
    source: '鲁经信产〔2017〕481号 三、（七）；二、（四）安全方面',
  },
  'credit-push': {
    text: '对未按期完成落后产能退出的企业，由相关部门将有关信息纳入省级信用信息共享平台和人民银行征信系统',
    source: '鲁经信产〔2017〕481号 三、（八）强化惩戒约束',
  },
  'power-price': {
    text: '对钢铁、水泥、电解铝等行业能耗、电耗达不到强制性标准的产能，以及属于《产业结构调整指导目录（2011年本）（修正）》淘汰类的产能，执行差别电价、阶梯电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格',
    source: '鲁经信产〔2017〕481号 三、（三）执行价格政策',
  },
};

/** The two prices the plans name for 差别化能源资源价格. */
export const POWER_PRICES = ['差别电价', '惩罚性电价'] as const;

export interface ObligationLine {
  readonly lineId: number;
  readonly name: string;
  readonly exitMethod: string | null;
}

export interface ObligationFacts {
  readonly dimension: Dimension;
  readonly status: CaseStatus;
  /** The enterprise has a line past its exit deadline, not gone or gone late (未按期退出). */
  readonly missedExit: boolean;
  /** The case's lines (or, for a case linked to none, the enterprise's). */
  readonly lines: readonly ObligationLine[];
}

export interface ApplicableObligation {
  readonly kind: ObligationKind;
  /** 0 for the case's own steps. */
  readonly lineId: number;
}

/** 能耗、电耗 below standard and 淘汰类 capacity pay the differential prices. */
const PRICED_DIMENSIONS: ReadonlySet<Dimension> = new Set(['能耗', '技术']);

/**
 * The steps a case owes. A closure owes them all; a 技术 sealing (暂不具备拆除条件) owes the
 * pledge, the sealing of each line, the website notice and, for 淘汰类 capacity, the prices.
 * Every line not dismantled (退出方式 other than 拆除) is to be sealed and dismantled by a date.
 * 信用推送 is owed by any case of a firm that missed its exit, whatever the case's state.
 */
export function applicableObligations(facts: ObligationFacts): ApplicableObligation[] {
  const closed = facts.status === 'closed-down';
  const sealed = facts.status === 'sealed';
  const out: ApplicableObligation[] = [];
  if (closed || sealed) {
    out.push({ kind: 'pledge', lineId: 0 });
    for (const line of facts.lines) if (line.exitMethod !== '拆除') out.push({ kind: 'seal-line', lineId: line.lineId });
    out.push({ kind: 'website-notice', lineId: 0 });
  }
  if (closed) out.push({ kind: 'government-approval', lineId: 0 }, { kind: 'licence', lineId: 0 });
  if (facts.missedExit) out.push({ kind: 'credit-push', lineId: 0 });
  if ((closed || sealed) && PRICED_DIMENSIONS.has(facts.dimension)) out.push({ kind: 'power-price', lineId: 0 });
  return out;
}

export interface DismantleFacts extends ExitDeadlineFacts {
  /** The sealing order's own date limit (限时拆除 至…), when the case has one. */
  readonly orderedUntil: IsoDate | null;
  /** The year of the closure or sealing, for a line with no plan year. */
  readonly closedYear: number;
}

/**
 * The 限时拆除 date of a line to be sealed: the sealing order's date, else the line's exit deadline
 * from the year's plan (lineExitDeadline), else the closure year's.
 */
export function dismantleBy(f: DismantleFacts, completionOf: (year: number) => CompletionMilestone | null): ExitDeadline {
  if (f.orderedUntil) return { date: f.orderedUntil, source: '封存决定确定的限时拆除日期' };
  return lineExitDeadline(f, completionOf) ?? yearExitDeadline(f.closedYear, completionOf);
}

export interface ObligationRecordFields {
  readonly doneDate: IsoDate | null;
  readonly document: string | null;
  readonly authority: string | null;
  readonly detail: string | null;
}

/** The fields a step must have to count as done, named as the form names them. */
export function missingFields(kind: ObligationKind, r: ObligationRecordFields): string[] {
  const missing: string[] = [];
  const blank = (v: string | null) => v === null || v.trim() === '';
  if (kind === 'government-approval') {
    if (blank(r.authority)) missing.push('批准机关');
    if (blank(r.document)) missing.push('批准文号');
  }
  if (kind === 'licence' && blank(r.authority)) missing.push('发证（注销/吊销）机关');
  if (kind === 'credit-push' && blank(r.authority)) missing.push('信用平台');
  if (kind === 'power-price' && (r.detail === null || !(POWER_PRICES as readonly string[]).includes(r.detail))) missing.push(`电价（${POWER_PRICES.join('或')}）`);
  if (kind === 'website-notice' && blank(r.document)) missing.push('公告网址');
  return missing;
}
