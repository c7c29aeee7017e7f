import { z } from '../schemas/zod';
import { entityId, optionalText } from '../schemas/fields';
import { IsoDateSchema } from '../schemas/period';
import { OBLIGATION_KINDS } from '../rules/obligations';
import { query, command } from './channel';
import { Countdown } from './workflow';

/**
 * 关停后续事项: the checklist of the steps the plans require after a closure or a sealing
 * (rules/obligations.ts), one item per step the case owes, each with what has been recorded.
 */

export const ObligationItem = z.object({
  kind: z.enum(OBLIGATION_KINDS),
  label: z.string(),
  /** 0 for the case's own steps; the line for 断水断电、拆除动力装置、封存主体设备. */
  lineId: z.number().int().nonnegative(),
  lineName: z.string().nullable(),
  /** The date the step is due by (限时拆除), and where that date comes from. */
  dueDate: z.string().nullable(),
  dueSource: z.string().nullable(),
  /** Counting down to dueDate while the step is not done. */
  countdown: Countdown.nullable(),
  doneDate: z.string().nullable(),
  /** 文号 or 网址. */
  document: z.string().nullable(),
  /** 机关 / 信用平台. */
  authority: z.string().nullable(),
  /** 证照 / 差别电价 or 惩罚性电价. */
  detail: z.string().nullable(),
  note: z.string().nullable(),
  done: z.boolean(),
  basis: z.object({ text: z.string(), source: z.string() }),
});
export type ObligationItem = z.output<typeof ObligationItem>;

export const ObligationChecklist = z.object({
  caseId: entityId,
  today: z.string(),
  items: z.array(ObligationItem),
  /** Done items out of all. */
  done: z.number().int(),
});
export type ObligationChecklist = z.output<typeof ObligationChecklist>;

export const SaveObligationInput = z
  .object({
    caseId: entityId,
    kind: z.enum(OBLIGATION_KINDS, { error: '未知的后续事项' }),
    lineId: z.number().int().nonnegative().default(0),
    /** A 限时拆除 date set by hand; null keeps the derived one. */
    dueDate: IsoDateSchema.nullable().optional(),
    /** The step's date (承诺、公告、批准、注销/吊销、推送 or 电价起始日期); null: not done yet. */
    doneDate: IsoDateSchema.nullable(),
    document: optionalText(200).optional(),
    authority: optionalText(100).optional(),
    detail: optionalText(100).optional(),
    note: optionalText(500).optional(),
  })
  .strict();
export type SaveObligationInput = z.input<typeof SaveObligationInput>;

export const obligationChannels = {
  /** The checklist of a case (empty for a case that owes none). */
  'cases:obligations': query(z.object({ id: entityId, today: IsoDateSchema.optional() }).strict(), ObligationChecklist),
  /** Records one step (with its audit entry); a refusal names the missing field. */
  'cases:saveObligation': command(SaveObligationInput, ObligationChecklist),
};
