import { z } from '../schemas/zod';
import { entityId, optionalLongText, optionalText } from '../schemas/fields';
import { IsoDateSchema, MonthsOrDaysSchema, PeriodSchema } from '../schemas/period';
import { DIMENSIONS } from '../domain/dimensions';
import { CASE_TRANSITIONS } from '../rules/caseStates';
import { command, query } from './channel';

/**
 * The case workflow (整改事项的办理流程): a case's state, deadline and history, the steps it may
 * take, and the lists that derive countdowns and yellow/red cards from every open case.
 */

export const BANDS = ['overdue', 'soon', 'near', 'later'] as const;
export const CARDS = ['yellow', 'red'] as const;

const Countdown = z.object({ days: z.number().int(), text: z.string(), band: z.enum(BANDS) });
const Need = z.enum(['required', 'optional', 'none']);

export const DeadlineView = z.object({
  /** The last day by the calendar alone, and after moving off a rest day. */
  nominal: z.string(),
  deadline: z.string(),
  explanation: z.string(),
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
  card: z.enum(CARDS).nullable(),
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
  band: z.enum(BANDS).nullable(),
  card: z.enum(CARDS).nullable(),
  /** Why the deadline is missing although a period is running (e.g. 2027's holidays not entered). */
  problem: z.string().nullable(),
  /** The year whose holiday notice the deadline waits for. */
  missingYear: z.number().int().nullable(),
});
export type DeadlineRow = z.output<typeof DeadlineRow>;

export const Thresholds = z.object({ soon: z.number().int(), near: z.number().int() });

export const DeadlineList = z.object({ today: z.string(), thresholds: Thresholds, rows: z.array(DeadlineRow) });

export const CardEnterprise = z.object({
  enterpriseId: entityId,
  enterpriseName: z.string(),
  uscc: z.string().nullable(),
  town: z.string().nullable(),
  industry: z.string().nullable(),
  card: z.enum(CARDS),
  cases: z.array(
    z.object({
      id: entityId,
      dimension: z.string(),
      statusLabel: z.string(),
      measure: z.string().nullable(),
      deadline: z.string().nullable(),
      closedDate: z.string().nullable(),
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
  /** Deadline, countdown and card of every open case ('all': closed ones too, for the grid). */
  'cases:deadlines': query(Today.extend({ scope: z.enum(['open', 'all']).optional() }).strict(), DeadlineList),
  /** 黄牌名单 / 红牌名单: enterprises by the worst card of their cases. */
  'cards:list': query(z.object({ card: z.enum(CARDS), today: IsoDateSchema.optional() }).strict(), z.array(CardEnterprise)),
  'countdown:settings': query(z.object({}).strict(), Thresholds),
  'countdown:updateSettings': command(
    z
      .object({
        soon: z.number().int().min(0).max(365),
        near: z.number().int().min(0).max(365),
      })
      .strict(),
    Thresholds,
  ),
};
