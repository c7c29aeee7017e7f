import { z } from './zod';
import { optionalText } from './fields';

export const Settings = z.object({
  countyName: z.string(),
  year: z.number().int(),
  operatorName: z.string(),
});
export type Settings = z.output<typeof Settings>;

export const SettingsPatch = z.object({
  countyName: optionalText(50).optional(),
  year: z.number().int().min(2000, { error: '年度应在2000至2100之间' }).max(2100, { error: '年度应在2000至2100之间' }).optional(),
  operatorName: optionalText(50).optional(),
});
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const SETTINGS_LABELS: Record<keyof Settings, string> = {
  countyName: '县（市、区）名称',
  year: '当前年度',
  operatorName: '操作人',
};
