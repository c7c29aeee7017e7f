import { listCaseDeadlines } from '../../main/services/deadlineList';
import type { ServiceContext } from '../../main/services/context';
import { OVERDUE_UNRECTIFIED, PUBLIC_LIST_LABELS } from '../../shared/rules/cards';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { caseJson, dateFlag } from './deadline';
import { UsageError } from './usage';

/**
 * `ledger cases list [--today D] [--json]`: every live case with its state, deadline, card and
 * the public lists it puts its enterprise on — the same derivation as the 工作台 and the exports.
 */
export function casesCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const [, sub] = args.positionals;
  if (sub !== 'list') throw new UsageError('用法：cases list [--today 日期] [--json]');
  const list = listCaseDeadlines(ctx, { today: dateFlag(args, 'today'), scope: 'all' });
  if (args.flags.json) {
    printJson(
      io,
      list.rows.map((r) => caseJson(r, { open: false })),
    );
    return 0;
  }
  printTable(
    io,
    ['编号', '企业', '维度', '状态', '期限届满日', '名单'],
    list.rows.map((r) => [r.id, r.enterpriseName, r.dimension, r.statusLabel, r.deadline, r.lists.map((l) => PUBLIC_LIST_LABELS[l]).join('、') + (r.overdue ? `（${OVERDUE_UNRECTIFIED}）` : '')]),
  );
  io.out(`共 ${list.rows.length} 件整改事项（${list.today}）`);
  return 0;
}
