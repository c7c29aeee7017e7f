import { z } from '../schemas/zod';
import { entityId, optionalLongText, optionalText } from '../schemas/fields';
import { IsoDateSchema, MonthsOrDaysSchema, PeriodSchema } from '../schemas/period';
import { DIMENSIONS } from '../domain/dimensions';
import { CASE_TRANSITIONS } from '../rules/caseStates';
import { Card, PUBLIC_LISTS } from '../rules/cards';
import { Countdown, CountdownBand, CountdownThresholds } from '../rules/countdown';
import { CLOSURE_ENTERPRISE_STATUSES } from '../rules/closure';
import { EXIT_METHODS } from '../entities/capacityLine';
import { command, query } from './channel';

/**
 * The case workflow (整改事项的办理流程): a case's state, deadline and history, the steps it may
 * take, and the lists that derive countdowns and yellow/red cards from every open case.
 */

const Need = z.enum(['required', 'optional', 'none']);

export const DeadlineView = z.object({
  /** The last day by the calendar alone, and after moving off a rest day. */
  nominal: z.string(),
  deadline: z.string(),
  explanation: z.string(),
  /** Which period rules count it: 民法总则 before 2021-01-01, 民法典 after (rules/periodBasis.ts). */
  basis: z.string().nullable(),
  /** The deadline before any extension. */
  baseDeadline: z.string(),
  periodText: z.string(),
  extensionText: z.string().nullable(),
  /** A deadline the user set by hand (with a reason); it wins over the computed one. */
  override: z.string().nullable(),
  overrideReason: z.string().nullable(),
  /** What countdowns and cards use: override ?? deadline. */
  effective: z.string(),
});
export type DeadlineView = z.output<typeof DeadlineView>;

export const RuleView = z.object({
  ruleSetName: z.string(),
  measures: z.array(z.object({ name: z.string(), note: z.string().nullable() })),
  periodText: z.string(),
  maxExtensionText: z.string(),
  /** The longest extension as a value (the form's default), null when none is allowed. */
  maxExtension: MonthsOrDaysSchema.nullable(),
  onFailure: z.string(),
  legalBasis: z.array(z.object({ text: z.string(), source: z.string() })),
});
export type RuleView = z.output<typeof RuleView>;

export const WorkflowStep = z.object({
  id: z.enum(CASE_TRANSITIONS),
  label: z.string(),
  measures: z.array(z.string()),
  period: Need,
  extension: Need,
});
export type WorkflowStep = z.output<typeof WorkflowStep>;

export const HistoryEntry = z.object({
  id: entityId,
  transition: z.string().nullable(),
  label: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  toLabel: z.string(),
  eventDate: z.string(),
  operator: z.string(),
  note: z.string().nullable(),
  /** 限期整改，期限6个月 / 申请延期3个月 … */
  detail: z.string().nullable(),
  createdAt: z.string(),
});
export type HistoryEntry = z.output<typeof HistoryEntry>;

export const CaseExtensionView = z.object({
  requestedOn: z.string(),
  requested: MonthsOrDaysSchema,
  decision: z.enum(['pending', 'approved', 'rejected']),
  decidedOn: z.string().nullable(),
  approved: MonthsOrDaysSchema.nullable(),
});

/** What a closure writes to the enterprise and its lines (rules/closure.ts). */
export const ClosureInput = z
  .object({
    enterpriseStatus: z.enum(CLOSURE_ENTERPRISE_STATUSES, { error: `企业生产状态应为：${CLOSURE_ENTERPRISE_STATUSES.join('、')}` }),
    lines: z.array(
      z.object({
        lineId: entityId,
        exitMethod: z.enum(EXIT_METHODS, { error: `退出方式应为：${EXIT_METHODS.join('、')}` }),
        exitDate: IsoDateSchema,
      }).strict(),
    ),
  })
  .strict();

/** The closure the dialog proposes, with what the user needs to recognise each line. */
export const ClosureProposal = z.object({
  currentEnterpriseStatus: z.string().nullable(),
  enterpriseStatus: z.enum(CLOSURE_ENTERPRISE_STATUSES),
  lines: z.array(z.object({ lineId: entityId, name: z.string(), spec: z.string().nullable(), exitMethod: z.enum(EXIT_METHODS), exitDate: z.string() })),
});

/** 报经有批准权的人民政府批准: 机关, 文号, 日期. */
export const GovernmentApprovalInput = z
  .object({ authority: z.string().trim().min(1, { error: '请填写批准机关' }).max(60), number: z.string().trim().min(1, { error: '请填写批准文号' }).max(60), date: IsoDateSchema })
  .strict();

export const CaseWorkflowView = z.object({
  id: entityId,
  enterpriseId: entityId,
  enterpriseName: z.string(),
  dimension: z.enum(DIMENSIONS),
  description: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  measure: z.string().nullable(),
  noticeDate: z.string().nullable(),
  periodText: z.string().nullable(),
  extension: CaseExtensionView.nullable(),
  closedDate: z.string().nullable(),
  today: z.string(),
  deadline: DeadlineView.nullable(),
  /** Why no deadline could be computed (a year without its holiday notice …). */
  deadlineProblem: z.string().nullable(),
  countdown: Countdown.nullable(),
  card: Card.nullable(),
  /** On the yellow (or 超标排放) list past its deadline: 逾期未整改. */
  overdue: z.boolean(),
  lists: z.array(z.enum(PUBLIC_LISTS)),
  /** 情节严重 (环保). */
  serious: z.boolean(),
  /** What 依法关停 would write, when it is one of the steps. */
  closure: ClosureProposal.nullable(),
  rule: RuleView,
  steps: z.array(WorkflowStep),
  history: z.array(HistoryEntry),
});
export type CaseWorkflowView = z.output<typeof CaseWorkflowView>;

export const TransitionRequest = z
  .object({
    id: entityId,
    transition: z.enum(CASE_TRANSITIONS, { error: '未知的办理步骤' }),
    date: IsoDateSchema,
    note: z.string().max(2000).optional(),
    measure: z.string().min(1).max(60).optional(),
    period: PeriodSchema.optional(),
    extension: MonthsOrDaysSchema.optional(),
    /** close-down: the enterprise's status and its lines' exits, as confirmed in the dialog. */
    closure: ClosureInput.optional(),
    /** close-down: the people's government's approval (required for 环保 情节严重 inside the period). */
    approval: GovernmentApprovalInput.optional(),
  })
  .strict();

export const DeadlineRow = z.object({
  id: entityId,
  enterpriseId: entityId,
  enterpriseName: z.string(),
  town: z.string().nullable(),
  dimension: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  /** The effective deadline; null when no period is running or it cannot be computed. */
  deadline: z.string().nullable(),
  days: z.number().int().nullable(),
  text: z.string().nullable(),
  band: CountdownBand.nullable(),
  card: Card.nullable(),
  /** On the yellow (or 超标排放) list past its deadline: 逾期未整改. */
  overdue: z.boolean(),
  /** The public lists the case puts its enterprise on (rules/cards.ts caseListing). */
  lists: z.array(z.enum(PUBLIC_LISTS)),
  /** Why the deadline is missing although a period is running (e.g. 2027's holidays not entered). */
  problem: z.string().nullable(),
  /** The year whose holiday notice the deadline waits for. */
  missingYear: z.number().int().nullable(),
  /** 待定期限: the order sets the period and none has been entered (rules/caseDeadline.ts awaitsPeriod). */
  awaitsPeriod: z.boolean(),
});
export type DeadlineRow = z.output<typeof DeadlineRow>;

export const DeadlineList = z.object({ today: z.string(), thresholds: CountdownThresholds, rows: z.array(DeadlineRow) });

export const CardEnterprise = z.object({
  enterpriseId: entityId,
  enterpriseName: z.string(),
  uscc: z.string().nullable(),
  town: z.string().nullable(),
  industry: z.string().nullable(),
  /** The list the enterprise is on (黄牌/红牌 by the worst card of its cases). */
  card: z.enum(PUBLIC_LISTS),
  cases: z.array(
    z.object({
      id: entityId,
      dimension: z.string(),
      statusLabel: z.string(),
      measure: z.string().nullable(),
      deadline: z.string().nullable(),
      closedDate: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
});
export type CardEnterprise = z.output<typeof CardEnterprise>;

const Today = z.object({ today: IsoDateSchema.optional() }).strict();

export const workflowChannels = {
  'cases:workflow': query(z.object({ id: entityId }).strict(), CaseWorkflowView),
  /** One step of the legal path; a refusal is a VALIDATION envelope with the Chinese reason. */
  'cases:transition': command(TransitionRequest, CaseWorkflowView.extend({ warnings: z.array(z.string()) })),
  /** 登记整改事项: a new finding, waiting for its first order. */
  'cases:register': command(
    z
      .object({
        enterpriseId: entityId,
        dimension: z.enum(DIMENSIONS, { error: `维度只能是：${DIMENSIONS.join('、')}` }),
        source: optionalText(50).optional(),
        description: optionalLongText(2000).optional(),
      })
      .strict(),
    z.object({ id: entityId }),
  ),
  /** 待定期限: enters the period the decision or order set, in one step. */
  'cases:setPeriod': command(z.object({ id: entityId, period: PeriodSchema }).strict(), CaseWorkflowView),
  /** 情节严重 on a 环保 case: the 超标排放情节严重企业名单. */
  'cases:setSerious': command(z.object({ id: entityId, serious: z.boolean() }).strict(), CaseWorkflowView),
  /** Deadline, countdown and card of every open case ('all': closed ones too, for the grid). */
  'cases:deadlines': query(Today.extend({ scope: z.enum(['open', 'all']).optional() }).strict(), DeadlineList),
  /** 黄牌名单 / 红牌名单 (enterprises by the worst card of their cases), 超标排放企业名单 and its 情节严重 list. */
  'cards:list': query(z.object({ card: z.enum(PUBLIC_LISTS), today: IsoDateSchema.optional() }).strict(), z.array(CardEnterprise)),
  'countdown:settings': query(z.object({}).strict(), CountdownThresholds),
  'countdown:updateSettings': command(
    z
      .object({
        soon: z.number().int().min(0).max(365),
        near: z.number().int().min(0).max(365),
      })
      .strict(),
    CountdownThresholds,
  ),
};
