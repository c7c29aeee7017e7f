import henan from '../../../resources/calendar/presets/henan-2021.json';
import liaocheng from '../../../resources/calendar/presets/liaocheng-2022.json';
import nantong from '../../../resources/calendar/presets/nantong-2017.json';
import shandong from '../../../resources/calendar/presets/shandong-2017.json';
import xinzhou from '../../../resources/calendar/presets/xinzhou-2020.json';
import { MilestonePresetSchema, type MilestonePreset } from '../../shared/rules/milestones';

/** The annual calendars of the five work plans of docs/domain.md (resources/calendar/presets/), by key. */
const RAW: Record<string, unknown> = {
  'shandong-2017': shandong,
  'nantong-2017': nantong,
  'xinzhou-2020': xinzhou,
  'henan-2021': henan,
  'liaocheng-2022': liaocheng,
};

let parsed: Map<string, MilestonePreset> | undefined;

export function milestonePresets(): Map<string, MilestonePreset> {
  parsed ??= new Map(Object.entries(RAW).map(([key, raw]) => [key, MilestonePresetSchema.parse(raw)]));
  return parsed;
}
