import { listCapacityLines } from '../../main/db/repositories/capacityLines';
import type { ServiceContext } from '../../main/services/context';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { UsageError } from './usage';

export function linesCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const [, sub] = args.positionals;
  if (sub !== 'list') throw new UsageError('用法：lines list [--json]');
  const rows = listCapacityLines(ctx.db, { deleted: args.flags.deleted === true });
  if (args.flags.json) {
    printJson(
      io,
      rows.map((l) => ({
        id: l.id,
        enterpriseId: l.enterpriseId,
        enterpriseName: l.enterpriseName,
        name: l.name,
        spec: l.spec,
        quantity: l.quantity,
        quantityUnit: l.quantityUnit,
        capacity: l.capacity,
        capacityUnit: l.capacityUnit,
        exitMethod: l.exitMethod,
        planYear: l.planYear,
        plannedExitDate: l.plannedExitDate,
        exitDate: l.exitDate,
      })),
    );
  } else {
    printTable(
      io,
      ['编号', '企业', '设备（生产线）', '型号规格', '产能', '退出方式'],
      rows.map((l) => [l.id, l.enterpriseName, l.name, l.spec, l.capacity === null ? null : `${l.capacity}${l.capacityUnit ?? ''}`, l.exitMethod]),
    );
  }
  return 0;
}
