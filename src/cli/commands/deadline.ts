import { OVERDUE_UNRECTIFIED, PUBLIC_LIST_LABELS, type PublicList } from '../../shared/rules/cards';
import { LedgerError } from '../../shared/errors';
import { isDimension, DIMENSIONS } from '../../shared/domain/dimensions';
import { isIsoDate } from '../../shared/domain/dates';
import { normaliseDate } from '../../shared/normalise/date';
import { CalendarNotCoveredError } from '../../shared/calendar/holidayCalendar';
import { computeDeadline, describePeriod, InvalidPeriodError, periodEnd, type MonthsOrDays, type Period } from '../../shared/rules/deadline';
import { describeMaxExtension, describeRulePeriod, ruleFor } from '../../shared/rules/ruleSet';
import { loadCalendar } from '../../main/services/calendar';
import { activeRuleSet } from '../../main/services/ruleSets';
import { listCaseDeadlines } from '../../main/services/deadlineList';
import type { ServiceContext } from '../../main/services/context';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { UsageError } from './usage';

/**
 * `deadline`: the legal deadline of a notice under the ledger's active rule set and holiday
 * calendar, as the case workflow would compute it. `deadlines`: every open case's deadline,
 * countdown band and card on a given day.
 */

const DEADLINE_USAGE = '用法：deadline --dimension 能耗 --notice 2023-04-01 [--extension-months 3 | --extension-days N] [--period-months N | --period-days N | --until 日期] [--json]';

function flag(args: Parsed, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function dateFlag(args: Parsed, name: string): string | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const date = normaliseDate(text);
  if (!date || !isIsoDate(date)) throw new LedgerError('VALIDATION', `--${name} 不是有效日期：${text}（请写作 2023-04-01）`);
  return date;
}

function countFlag(args: Parsed, name: string): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new LedgerError('VALIDATION', `--${name} 应为正整数：${text}`);
  return n;
}

function monthsOrDays(months: number | undefined, days: number | undefined, what: string): MonthsOrDays | undefined {
  if (months !== undefined && days !== undefined) throw new UsageError(`${what}只能用月或天中的一种`);
  if (months !== undefined) return { months };
  if (days !== undefined) return { days };
  return undefined;
}

export function deadlineCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const dimension = flag(args, 'dimension');
  if (!dimension) throw new UsageError(DEADLINE_USAGE);
  if (!isDimension(dimension)) throw new UsageError(`--dimension 只能是：${DIMENSIONS.join('、')}`);
  const notice = dateFlag(args, 'notice');
  if (!notice) throw new UsageError(DEADLINE_USAGE);
  const rule = ruleFor(activeRuleSet(ctx), dimension);

  const until = dateFlag(args, 'until');
  const ordered = monthsOrDays(countFlag(args, 'period-months'), countFlag(args, 'period-days'), '整改期限');
  if (until && ordered) throw new UsageError('整改期限只能用 --period-months、--period-days、--until 中的一种');
  const period: Period | undefined = until ? { until } : (ordered ?? (rule.period === 'set-by-order' ? undefined : rule.period));
  if (!period) throw new UsageError(`${dimension}维度的整改期限${describeRulePeriod(rule.period)}，请用 --period-months、--period-days 或 --until 指定`);

  const extension = monthsOrDays(countFlag(args, 'extension-months'), countFlag(args, 'extension-days'), '延期');
  const calendar = loadCalendar(ctx);
  try {
    if (extension) {
      if (rule.maxExtension === 'none') throw new LedgerError('VALIDATION', `${dimension}维度依规定不予延期`);
      const base = computeDeadline({ noticeDate: notice, period, calendar }).deadline;
      if (periodEnd(base, extension) > periodEnd(base, rule.maxExtension)) {
        throw new LedgerError('VALIDATION', `延期${describePeriod(extension)}超过规定：延期${describeMaxExtension(rule.maxExtension)}`);
      }
    }
    const d = computeDeadline({ noticeDate: notice, period, calendar, ...(extension ? { extension } : {}) });
    if (args.flags.json) {
      printJson(io, { nominal: d.nominal, deadline: d.deadline, explanation: d.explanation });
      return 0;
    }
    io.out(`维度：${dimension}（${rule.measures[0]?.name ?? ''}，期限${describePeriod(period)}${extension ? `，延期${describePeriod(extension)}` : ''}）`);
    io.out(`通知日期：${notice}`);
    io.out(`期限末日（按日历）：${d.nominal}`);
    io.out(`期限届满日：${d.deadline}`);
    io.out(`说明：${d.explanation || '期限末日为工作日，不顺延'}`);
    return 0;
  } catch (err) {
    if (err instanceof CalendarNotCoveredError || err instanceof InvalidPeriodError) throw new LedgerError('VALIDATION', err.message);
    throw err;
  }
}

export function deadlinesCommand(ctx: ServiceContext, args: Parsed, io: Io): number {
  const today = dateFlag(args, 'today');
  const list = listCaseDeadlines(ctx, { today, scope: 'open' });
  if (args.flags.json) {
    printJson(
      io,
      list.rows.map((r) => caseJson(r, { open: true })),
    );
    return 0;
  }
  printTable(
    io,
    ['编号', '企业', '维度', '状态', '期限届满日', '倒计时', '名单'],
    list.rows.map((r) => [r.id, r.enterpriseName, r.dimension, r.statusLabel, r.deadline ?? (r.problem ? '待录入节假日' : ''), r.text, listsText(r)]),
  );
  io.out(`共 ${list.rows.length} 件在办整改事项（${list.today}）`);
  return 0;
}

/** 黄牌（逾期未整改）、超标排放企业名单 … */
type CaseDeadlineRow = ReturnType<typeof listCaseDeadlines>['rows'][number];

/**
 * One case as `deadlines --json` (open: with its band and problem) and `cases list --json` print
 * it; the keys keep the order each command has always printed.
 */
export function caseJson(r: CaseDeadlineRow, { open }: { open: boolean }): Record<string, unknown> {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    dimension: r.dimension,
    status: r.status,
    statusLabel: r.statusLabel,
    deadline: r.deadline,
    days: r.days,
    ...(open ? { band: r.band } : {}),
    card: r.card,
    overdue: r.overdue,
    lists: r.lists,
    ...(open ? { problem: r.problem } : {}),
  };
}

function listsText(r: { lists: readonly PublicList[]; overdue: boolean }): string | null {
  if (!r.lists.length) return null;
  return r.lists.map((l) => (l === 'yellow' ? `黄牌${r.overdue ? `（${OVERDUE_UNRECTIFIED}）` : ''}` : l === 'red' ? '红牌' : PUBLIC_LIST_LABELS[l])).join('、');
}
