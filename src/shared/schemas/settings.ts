import { z } from './zod';
import { optionalText } from './fields';

/** 本级: a county keeps its own ledger; a city rolls its counties' 报送包 up (issue 16). */
export const LEDGER_LEVELS = ['县', '市'] as const;
export type LedgerLevel = (typeof LEDGER_LEVELS)[number];

export const Settings = z.object({
  countyName: z.string(),
  level: z.enum(LEDGER_LEVELS),
  year: z.number().int(),
  operatorName: z.string(),
});
export type Settings = z.output<typeof Settings>;

export const SettingsPatch = z.object({
  countyName: optionalText(50).optional(),
  level: z.enum(LEDGER_LEVELS, { error: '本级只能是「县」或「市」' }).optional(),
  year: z.number().int().min(2000, { error: '年度应在2000至2100之间' }).max(2100, { error: '年度应在2000至2100之间' }).optional(),
  operatorName: optionalText(50).optional(),
});
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const SETTINGS_LABELS: Record<keyof Settings, string> = {
  countyName: '县（市、区）名称',
  level: '本级',
  year: '当前年度',
  operatorName: '操作人',
};
