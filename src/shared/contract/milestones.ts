import { z } from '../schemas/zod';
import { countyShape } from '../entities/county';
import { entityId } from '../schemas/fields';
import { IsoDateSchema } from '../schemas/period';
import { MILESTONE_KINDS } from '../rules/milestones';
import { StoredMilestone } from '../entities/milestone';
import { command, query } from './channel';
import { Countdown } from '../rules/countdown';

/** 时间节点: the year's dated obligations, from a preset, a superior's list, or typed in. */

export const MilestoneRow = z.object({
  ...StoredMilestone.shape,
  ...countyShape,
  /** Null once done. */
  countdown: Countdown.nullable(),
});
export type MilestoneRow = z.output<typeof MilestoneRow>;

export const MilestonePresetInfo = z.object({
  key: z.string(),
  name: z.string(),
  region: z.string(),
  year: z.number().int(),
  documentNumber: z.string().nullable(),
  documentTitle: z.string(),
  count: z.number().int(),
});
export type MilestonePresetInfo = z.output<typeof MilestonePresetInfo>;

const year = z.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().min(1, { error: '不能为空' }).max(max, { error: `不能超过${max}个字` });

export const MilestoneDraft = z
  .object({
    year,
    name: text(60),
    kind: z.enum(MILESTONE_KINDS, { error: `类别应为：${MILESTONE_KINDS.join('、')}` }),
    /** A rule (12月底, 7月15日, 次年1月底) or a date; resolved for `year`. */
    due: text(40),
    owner: z.string().max(300).nullable().optional(),
    documentNumber: z.string().max(60).nullable().optional(),
    sourceText: z.string().max(1000).nullable().optional(),
    note: z.string().max(1000).nullable().optional(),
  })
  .strict();
export type MilestoneDraft = z.input<typeof MilestoneDraft>;

export const ImportOutcome = z.object({ added: z.number().int(), skipped: z.number().int() });

export const milestoneChannels = {
  'milestones:list': query(z.object({ year, today: IsoDateSchema.optional() }).strict(), z.array(MilestoneRow)),
  'milestones:presets': query(z.object({}).strict(), z.array(MilestonePresetInfo)),
  /** Adds a preset's milestones resolved for `year`; those already there are skipped. */
  'milestones:applyPreset': command(z.object({ preset: z.string().min(1).max(60), year }).strict(), ImportOutcome),
  'milestones:save': command(z.object({ id: entityId.optional(), milestone: MilestoneDraft }).strict(), MilestoneRow),
  /** 标记完成 with a note (the operator is recorded), or undo with null. */
  'milestones:setDone': command(z.object({ id: entityId, doneDate: IsoDateSchema.nullable(), note: z.string().max(1000).optional() }).strict(), MilestoneRow),
  'milestones:remove': command(z.object({ ids: z.array(entityId).min(1).max(1000) }).strict(), z.object({ count: z.number().int() })),
  /**
   * A superior's list pasted from Excel or saved as CSV: 名称, 完成时间, 责任单位, 文号 per line
   * (a header line is recognised and skipped). All lines or none.
   */
  'milestones:importText': command(z.object({ year, text: z.string().min(1).max(200_000) }).strict(), ImportOutcome),
};
