import { LedgerError } from '../../shared/errors';
import { awaitsPeriod } from '../../shared/rules/caseDeadline';
import { tryComputeDeadline, type Period } from '../../shared/rules/deadline';
import type { CaseWorkflowView } from '../../shared/contract/workflow';
import { requireLiveWorkflowRow, readWorkflowColumns, updateWorkflowColumns } from '../db/repositories/caseWorkflow';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit } from './audit';
import { loadCalendar } from './calendar';
import { dimensionOf, effectivePeriod, parsePeriod, storedStatus } from './caseState';
import { activeRuleSet } from './ruleSets';
import { ruleFor } from '../../shared/rules/ruleSet';
import { getCaseWorkflow } from './caseWorkflow';

/**
 * 录入期限 (issue 12 item 6): a case imported with its notice but without the period its decision or
 * order set (待定期限) gets that period in one step, counted from the notice like any other. A
 * case that already has a period changes it through the workflow (升级措施, 延期) instead.
 */
export function setCasePeriod(ctx: ServiceContext, id: number, period: Period): CaseWorkflowView {
  const audit = beginAudit(ctx, 'workflow:period');
  ctx.db.transaction(() => {
    const row = requireLiveWorkflowRow(ctx.db, id);
    const dimension = dimensionOf(row.dimension);
    const status = storedStatus(row.status, dimension, row.noticeDate, row.closedDate);
    const start = row.periodStart ?? row.noticeDate;
    // A case from before the workflow runs its dimension's fixed period (能耗 6个月) without storing it.
    const running = effectivePeriod(status, parsePeriod(row.period), ruleFor(activeRuleSet(ctx), dimension));
    if (!awaitsPeriod({ status, noticeDate: start, period: running, override: row.deadlineOverride })) {
      throw new LedgerError(
        'VALIDATION',
        start === null ? '本事项尚未下达整改通知，请先办理“下达整改通知”并在其中填写期限' : '本事项已有整改期限或人工指定的届满日；如需调整，请办理“升级措施”或“申请延期”',
        'period',
      );
    }
    const check = tryComputeDeadline({ noticeDate: start!, period, calendar: loadCalendar(ctx) });
    if (!check.ok && check.error.code === 'INVALID_PERIOD') throw new LedgerError('VALIDATION', check.error.message, 'period');
    const before = readWorkflowColumns(ctx.db, id).period;
    const after = JSON.stringify(period);
    updateWorkflowColumns(ctx.db, id, { period: after }, audit.at);
    recordAudit(ctx, audit, { entity: 'case', entityId: id, action: 'update', field: 'period', oldValue: before, newValue: after });
  })();
  return getCaseWorkflow(ctx, id);
}
