import { SettingsPatch } from '../../shared/schemas/settings';
import { readSettings, updateSettings } from '../../main/services/settings';
import type { ServiceContext } from '../../main/services/context';
import { printJson, type Io } from '../output';
import type { Parsed } from '../args';
import { UsageError } from './usage';

/** `settings show` and `settings set [--county] [--level] [--year] [--operator]`: 设置's 县名, 本级, 当前年度 and 操作人. */
export function settingsCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const [, sub] = args.positionals;
  const f = args.flags;
  if (sub === 'set') {
    const raw: Record<string, unknown> = {};
    if (typeof f.county === 'string') raw.countyName = f.county;
    if (typeof f.operator === 'string') raw.operatorName = f.operator;
    if (typeof f.level === 'string') raw.level = f.level.trim();
    if (typeof f.year === 'string') {
      if (!/^\d{4}$/.test(f.year.trim())) throw new UsageError(`--year 应为四位年份，如 2022（收到「${f.year}」）`);
      raw.year = Number(f.year);
    }
    if (Object.keys(raw).length === 0) throw new UsageError('settings set 需要 --county、--level、--year 或 --operator 中至少一项');
    const parsed = SettingsPatch.safeParse(raw);
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('；'));
    updateSettings(ctx, parsed.data);
  } else if (sub !== 'show') throw new UsageError('用法：settings show | settings set [--county 县名] [--level 县|市] [--year 年度] [--operator 操作人]');
  const s = readSettings(ctx);
  if (f.json) printJson(io, { countyName: s.countyName, level: s.level, year: s.year, operatorName: s.operatorName });
  else io.out(`县（市、区）：${s.countyName || '（未填写）'}\n本级：${s.level}\n当前年度：${s.year}\n操作人：${s.operatorName || '（未填写）'}`);
  return 0;
}
