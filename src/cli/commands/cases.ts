import { computeCaseDeadlines } from '../../main/services/deadlineList';
import { checklistsOf } from '../../main/services/caseObligations';
import { dimensionOf, parsePeriod, storedStatus } from '../../main/services/caseState';
import { todayOf } from '../../main/services/audit';
import type { ServiceContext } from '../../main/services/context';
import type { ObligationItem } from '../../shared/contract/obligations';
import { OVERDUE_UNRECTIFIED, PUBLIC_LIST_LABELS } from '../../shared/rules/cards';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { caseJson, dateFlag } from './deadline';
import { UsageError } from './usage';

/**
 * `ledger cases list [--today D] [--json]`: every live case with its state, deadline, card, the
 * public lists it puts its enterprise on — the same derivation as the 工作台 and the exports — and
 * the steps it owes after a closure (关停后续事项), each with what has been recorded.
 */
export function casesCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const [, sub] = args.positionals;
  if (sub !== 'list') throw new UsageError('用法：cases list [--today 日期] [--json]');
  const today = dateFlag(args, 'today') ?? todayOf(ctx);
  const { cases } = computeCaseDeadlines(ctx, today);
  const checklists = checklistsOf(
    ctx,
    cases.map(({ row, facts: [, , , , , , , period, , , closedDate] }) => {
      const dimension = dimensionOf(row.dimension);
      return { id: row.id, enterpriseId: row.enterpriseId, dimension, status: storedStatus(row.status, dimension, null, null), period: parsePeriod(period), closedDate };
    }),
    today,
  );
  const obligations = (id: number) => checklists.get(id) ?? [];
  if (args.flags.json) {
    printJson(
      io,
      cases.map(({ row }) => ({ ...caseJson(row, { open: false }), awaitsPeriod: row.awaitsPeriod, obligations: obligations(row.id).map(obligationJson) })),
    );
    return 0;
  }
  printTable(
    io,
    ['编号', '企业', '维度', '状态', '期限届满日', '名单', '后续事项'],
    cases.map(({ row: r }) => [
      r.id,
      r.enterpriseName,
      r.dimension,
      r.statusLabel,
      r.deadline,
      r.lists.map((l) => PUBLIC_LIST_LABELS[l]).join('、') + (r.overdue ? `（${OVERDUE_UNRECTIFIED}）` : ''),
      checklistText(obligations(r.id)),
    ]),
  );
  io.out(`共 ${cases.length} 件整改事项（${today}）`);
  return 0;
}

function obligationJson(o: ObligationItem): Record<string, unknown> {
  return {
    kind: o.kind,
    label: o.label,
    lineId: o.lineId,
    lineName: o.lineName,
    dueDate: o.dueDate,
    days: o.countdown?.days ?? null,
    done: o.done,
    doneDate: o.doneDate,
    document: o.document,
    authority: o.authority,
    detail: o.detail,
  };
}

/** 已办 2/6 */
function checklistText(items: readonly ObligationItem[]): string | null {
  return items.length ? `已办 ${items.filter((i) => i.done).length}/${items.length}` : null;
}
