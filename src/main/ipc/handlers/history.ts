import type { TouchedRows } from '../../../shared/contract/history';
import { listEnterpriseHistory } from '../../db/repositories/audit';
import { getCapacityLine } from '../../db/repositories/capacityLines';
import { getCase } from '../../db/repositories/cases';
import { getEnterprise } from '../../db/repositories/enterprises';
import { undoBatch } from '../../services/undo';
import type { HandlerGroup } from '../types';
import type { historyChannels } from '../../../shared/contract/history';

export const historyHandlers: HandlerGroup<keyof typeof historyChannels> = {
  'history:undo': ({ batchId }, ctx) => {
    const r = undoBatch(ctx, batchId);
    const rows: TouchedRows = { enterprises: [], lines: [], cases: [] };
    for (const { entity, id } of r.touched) {
      if (entity === 'enterprise') rows.enterprises.push(getEnterprise(ctx.db, id)!);
      else if (entity === 'capacityLine') rows.lines.push(getCapacityLine(ctx.db, id)!);
      else if (entity === 'case') rows.cases.push(getCase(ctx.db, id)!);
    }
    return { batchId: r.batchId, rows };
  },
  'audit:listForEnterprise': ({ enterpriseId, limit }, ctx) => listEnterpriseHistory(ctx.db, enterpriseId, limit),
};
