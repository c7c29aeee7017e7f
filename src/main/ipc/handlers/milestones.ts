import {
  applyMilestonePreset,
  importMilestoneText,
  listMilestonePresets,
  listMilestones,
  removeMilestones,
  saveMilestone,
  setMilestoneDone,
} from '../../services/milestones';
import type { HandlerGroup } from '../types';
import type { milestoneChannels } from '../../../shared/contract/milestones';

type MilestoneChannels = keyof typeof milestoneChannels;

export const milestoneHandlers: HandlerGroup<MilestoneChannels> = {
  'milestones:list': ({ year, today }, ctx) => listMilestones(ctx, year, today),
  'milestones:presets': () => listMilestonePresets(),
  'milestones:applyPreset': ({ preset, year }, ctx) => applyMilestonePreset(ctx, preset, year),
  'milestones:save': ({ id, milestone }, ctx) => saveMilestone(ctx, id, milestone),
  'milestones:setDone': ({ id, doneDate, note }, ctx) => setMilestoneDone(ctx, id, doneDate, note),
  'milestones:remove': ({ ids }, ctx) => removeMilestones(ctx, ids),
  'milestones:importText': ({ year, text }, ctx) => importMilestoneText(ctx, year, text),
};
