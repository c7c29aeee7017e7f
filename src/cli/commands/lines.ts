import { LedgerError } from '../../shared/errors';
import { splitAmount } from '../../shared/import/values';
import { recordJson } from '../../shared/entities/entity';
import { capacityLineEntity, type CapacityLine } from '../../shared/entities/capacityLine';
import { listCapacityLines } from '../../main/db/repositories/capacityLines';
import { createCapacityLine } from '../../main/services/capacityLines';
import type { ServiceContext } from '../../main/services/context';
import { ENTERPRISE_REF, resolveEnterpriseRef } from '../../main/services/enterpriseRef';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { UsageError } from './usage';

const LINES_USAGE =
  '用法：lines list [--json] | lines add --enterprise 企业名称或信用代码 --name 设备名称 ' +
  '[--spec 型号规格 --capacity 产能（如 50万吨） --exit-method 退出方式 --plan-year 年度 --planned-exit 计划退出日期]';

/** The stable JSON shape of a capacity line in CLI output (documented in the README): its record. */
function lineJson(l: CapacityLine) {
  return recordJson(capacityLineEntity, l);
}

export function linesCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const [, sub] = args.positionals;
  if (sub === 'add') return addLine(ctx, args, io);
  if (sub !== 'list') throw new UsageError(LINES_USAGE);
  const rows = listCapacityLines(ctx.db, { deleted: args.flags.deleted === true });
  if (args.flags.json) {
    printJson(io, rows.map(lineJson));
  } else {
    printTable(
      io,
      ['编号', '企业', '设备（生产线）', '型号规格', '产能', '退出方式'],
      rows.map((l) => [l.id, l.enterpriseName, l.name, l.spec, l.capacity === null ? null : `${l.capacity}${l.capacityUnit ?? ''}`, l.exitMethod]),
    );
  }
  return 0;
}

/** lines add: the enterprise by name or credit code, as the grid accepts it; the capacity with its unit (50万吨). */
function addLine(ctx: ServiceContext, args: Parsed, io: Io): number {
  const f = args.flags;
  if (typeof f.enterprise !== 'string') throw new UsageError('请用 --enterprise 指定所属企业（名称或统一社会信用代码）');
  if (typeof f.name !== 'string') throw new UsageError('请用 --name 指定设备（生产线）名称');
  const raw: Record<string, unknown> = { [ENTERPRISE_REF]: f.enterprise, name: f.name };
  if (typeof f.spec === 'string') raw.spec = f.spec;
  if (typeof f.capacity === 'string') {
    const { value, unit } = splitAmount(f.capacity);
    raw.capacity = value;
    if (unit) raw.capacityUnit = unit;
  }
  if (typeof f['exit-method'] === 'string') raw.exitMethod = f['exit-method'];
  if (typeof f['plan-year'] === 'string') raw.planYear = f['plan-year'];
  if (typeof f['planned-exit'] === 'string') raw.plannedExitDate = f['planned-exit'];
  const resolved = resolveEnterpriseRef(ctx, raw);
  if (resolved.error) throw new LedgerError('VALIDATION', resolved.error.message, resolved.error.field);
  const { row, warnings } = createCapacityLine(ctx, resolved.values as Parameters<typeof createCapacityLine>[1]);
  for (const w of warnings) io.err(`提示：${w}`);
  if (f.json) printJson(io, lineJson(row));
  else io.out(`已为「${row.enterpriseName}」添加设备「${row.name}」（编号 ${row.id}）`);
  return 0;
}
