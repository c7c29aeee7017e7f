import { LedgerError } from '../../shared/errors';
import type { IsoDate } from '../../shared/domain/dates';
import type { Dimension } from '../../shared/domain/dimensions';
import { proposeClosure, type Closure } from '../../shared/rules/closure';
import type { z } from '../../shared/schemas/zod';
import type { ClosureProposal } from '../../shared/contract/workflow';
import { getCapacityLine } from '../db/repositories/capacityLines';
import { getEnterprise } from '../db/repositories/enterprises';
import { closureLineRows, type WorkflowRow } from '../db/repositories/caseWorkflow';
import type { ServiceContext } from './context';
import type { AuditStamp } from './audit';
import { openWriteSession } from './entityWrites';
import { enterpriseKind } from './enterprises';
import { capacityLineKind } from './capacityLines';

/**
 * A closure reaches the ledger: the step that closes a firm writes the
 * enterprise's 生产状态 and its lines' 退出方式 and 退出日期 through the same write path as the
 * grid (validation, audit entries), inside the step's own transaction and audit batch.
 */

export function closureProposal(ctx: ServiceContext, row: WorkflowRow, dimension: Dimension, date: IsoDate): z.output<typeof ClosureProposal> {
  const lines = closureLineRows(ctx.db, row.id, row.enterpriseId);
  const proposal = proposeClosure(dimension, date, lines);
  const byId = new Map(lines.map((l) => [l.lineId, l]));
  return {
    currentEnterpriseStatus: getEnterprise(ctx.db, row.enterpriseId)?.status ?? null,
    enterpriseStatus: proposal.enterpriseStatus,
    lines: proposal.lines.map((l) => ({ ...l, name: byId.get(l.lineId)!.name, spec: byId.get(l.lineId)!.spec })),
  };
}

/** Writes a confirmed closure; the caller holds the transaction. */
export function writeClosure(ctx: ServiceContext, audit: AuditStamp, row: WorkflowRow, dimension: Dimension, date: IsoDate, confirmed: Closure | undefined): void {
  const closure = confirmed ?? proposeClosure(dimension, date, closureLineRows(ctx.db, row.id, row.enterpriseId));
  const session = openWriteSession(ctx, { batchId: audit.batchId, source: audit.source });
  session.update(enterpriseKind, row.enterpriseId, { status: closure.enterpriseStatus });
  closure.lines.forEach((l, i) => {
    const line = getCapacityLine(ctx.db, l.lineId);
    if (!line || line.deletedAt || line.enterpriseId !== row.enterpriseId) {
      throw new LedgerError('VALIDATION', `第${i + 1}条设备（编号 ${l.lineId}）不属于“${row.enterpriseName}”或已删除，请刷新后重新确认关停内容`, 'closure');
    }
    session.update(capacityLineKind, l.lineId, { exitMethod: l.exitMethod, exitDate: l.exitDate });
  });
}
