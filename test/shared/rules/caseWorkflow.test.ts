import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  applyTransition,
  newCase,
  type CaseWorkflowState,
  type TransitionInput,
} from '../../../src/shared/rules/caseWorkflow';
import { caseDeadline } from '../../../src/shared/rules/caseDeadline';
import { statusLabel, type CaseTransition } from '../../../src/shared/rules/caseStates';
import type { Dimension } from '../../../src/shared/domain/dimensions';
import { bundledCalendar } from '../../support/bundledCalendar';
import { nationalRuleSet } from '../../support/nationalRuleSet';

const context = { ruleSet: nationalRuleSet(), calendar: bundledCalendar() };

function step(state: CaseWorkflowState, transition: CaseTransition, input: Partial<TransitionInput> & { date: string }) {
  return applyTransition(state, transition, { operator: '张三', ...input }, context);
}

/** Applies steps that must all succeed. */
function walk(dimension: Dimension, ...steps: [CaseTransition, Partial<TransitionInput> & { date: string }][]): CaseWorkflowState {
  let state = newCase(dimension);
  for (const [transition, input] of steps) {
    const r = step(state, transition, input);
    if (!r.ok) throw new Error(`${transition}: ${r.reason}`);
    state = r.state;
  }
  return state;
}

function refusal(state: CaseWorkflowState, transition: CaseTransition, input: Partial<TransitionInput> & { date: string }): string {
  const r = step(state, transition, input);
  if (r.ok) throw new Error(`expected ${transition} to be refused`);
  return r.reason;
}

function deadlineOf(state: CaseWorkflowState): string | undefined {
  const approved = state.extension?.decision === 'approved' ? state.extension.approved : null;
  return caseDeadline({ ...state, approvedExtension: approved }, context.calendar)?.deadline;
}

describe('能耗: notice, extension, re-inspection', () => {
  const noticed = () => walk('能耗', ['issue-notice', { date: '2023-04-01' }]);

  it('runs the 6-month period of the rule from the notice', () => {
    const state = noticed();
    expect(state).toMatchObject({ status: 'rectifying', measure: '限期整改', noticeDate: '2023-04-01', period: { months: 6 } });
    expect(statusLabel(state.dimension, state.status, state.measure)).toBe('限期整改中');
    expect(deadlineOf(state)).toBe('2023-10-07');
  });

  it('extends from the moved deadline once approved, and closes compliant on a passed check', () => {
    const state = walk(
      '能耗',
      ['issue-notice', { date: '2023-04-01' }],
      ['request-extension', { date: '2023-09-20', extension: { months: 3 } }],
      ['approve-extension', { date: '2023-09-25' }],
      ['reinspect-pass', { date: '2024-01-05', note: '复测达标' }],
    );
    expect(state.status).toBe('compliant');
    expect(state.closedDate).toBe('2024-01-05');
    expect(state.extension).toMatchObject({ decision: 'approved', approved: { months: 3 }, decidedOn: '2023-09-25' });
    expect(state.history.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual([
      'registered→rectifying',
      'rectifying→extension-requested',
      'extension-requested→extended',
      'extended→compliant',
    ]);
    expect(state.history[3]).toMatchObject({ eventDate: '2024-01-05', operator: '张三', note: '复测达标' });
  });

  it('puts the deadline at 2024-01-08 during the approved extension', () => {
    const state = walk(
      '能耗',
      ['issue-notice', { date: '2023-04-01' }],
      ['request-extension', { date: '2023-09-20', extension: { months: 3 } }],
      ['approve-extension', { date: '2023-09-25' }],
    );
    expect(deadlineOf(state)).toBe('2024-01-08');
  });

  it('allows one extension only', () => {
    const rejected = walk(
      '能耗',
      ['issue-notice', { date: '2023-04-01' }],
      ['request-extension', { date: '2023-09-20', extension: { months: 2 } }],
      ['reject-extension', { date: '2023-09-22' }],
    );
    expect(rejected.status).toBe('rectifying');
    expect(deadlineOf(rejected)).toBe('2023-10-07');
    expect(refusal(rejected, 'request-extension', { date: '2023-09-23', extension: { months: 1 } })).toBe(
      '每个整改事项只能申请一次延期，已于2023年9月20日申请过',
    );
    expect(allowedTransitions(rejected, context.ruleSet).map((t) => t.id)).not.toContain('request-extension');
  });

  it('refuses an extension longer than the rule allows, counted from the deadline', () => {
    expect(refusal(noticed(), 'request-extension', { date: '2023-09-20', extension: { months: 4 } })).toBe(
      '申请延期4个月超过规定：延期不超过3个月',
    );
    // From 2023-10-07: 93 days end on 2024-01-08, past the 3 months ending 2024-01-07; 92 do not.
    expect(refusal(noticed(), 'request-extension', { date: '2023-09-20', extension: { days: 93 } })).toMatch(/超过规定/);
    expect(step(noticed(), 'request-extension', { date: '2023-09-20', extension: { days: 92 } }).ok).toBe(true);
  });

  it('refuses an extension applied for after the (moved) deadline', () => {
    expect(step(noticed(), 'request-extension', { date: '2023-10-07', extension: { months: 1 } }).ok).toBe(true);
    expect(refusal(noticed(), 'request-extension', { date: '2023-10-08', extension: { months: 1 } })).toBe(
      '整改期限已于2023年10月7日届满，不能再申请延期',
    );
  });

  it('refuses to approve more than was asked for', () => {
    const asked = walk('能耗', ['issue-notice', { date: '2023-04-01' }], ['request-extension', { date: '2023-09-20', extension: { months: 1 } }]);
    expect(refusal(asked, 'approve-extension', { date: '2023-09-21', extension: { months: 2 } })).toBe('批准的延期2个月不能长于申请的1个月');
    expect(step(asked, 'approve-extension', { date: '2023-09-21', extension: { days: 20 } }).ok).toBe(true);
  });

  it('refuses a period other than the rule’s fixed 6 months', () => {
    expect(refusal(newCase('能耗'), 'issue-notice', { date: '2023-04-01', period: { months: 3 } })).toMatch(/依规定为6个月/);
  });

  it('“应在6个月内整改…逾期未整改或经整改仍未达标的，依法关停退出”: no closure while the period runs, even after a failed check', () => {
    expect(refusal(noticed(), 'close-down', { date: '2023-10-07' })).toMatch(/^整改期限至2023年10月7日，尚未届满，不能依法关停退出。依照“严格执行节约能源法.*应在6个月内整改/);
    const closed = step(noticed(), 'close-down', { date: '2023-10-08' });
    expect(closed.ok && closed.state.status).toBe('closed-down');
    expect(closed.ok && statusLabel('能耗', closed.state.status)).toBe('已依法关停退出');

    const failed = walk('能耗', ['issue-notice', { date: '2023-04-01' }], ['reinspect-fail', { date: '2023-06-01' }]);
    expect(refusal(failed, 'close-down', { date: '2023-06-10' })).toMatch(/整改期限至2023年10月7日，尚未届满.*鲁经信产〔2017〕481号 二、（一）能耗方面/);
    expect(step(failed, 'close-down', { date: '2023-10-08' }).ok).toBe(true);
  });

  it('counts the approved extension: closure waits for the extended deadline', () => {
    const extended = walk(
      '能耗',
      ['issue-notice', { date: '2023-04-01' }],
      ['request-extension', { date: '2023-09-20', extension: { months: 3 } }],
      ['approve-extension', { date: '2023-09-21' }],
      ['reinspect-fail', { date: '2023-12-01' }],
    );
    expect(refusal(extended, 'close-down', { date: '2023-12-20' })).toMatch(/整改期限至2024年1月8日/);
    expect(step(extended, 'close-down', { date: '2024-01-09' }).ok).toBe(true);
  });
});

describe('closure at once where the law allows it', () => {
  it('安全 “经停产停业整顿仍不具备安全生产条件的，予以关闭”: closes at once after a failed check under 停产停业整顿', () => {
    const order = (measure: string) => walk('安全', ['issue-notice', { date: '2023-04-01', measure, period: { months: 3 } }], ['reinspect-fail', { date: '2023-05-01' }]);
    expect(step(order('停产停业整顿'), 'close-down', { date: '2023-05-02' }).ok).toBe(true);
    expect(refusal(order('限期改正'), 'close-down', { date: '2023-05-02' })).toMatch(/仅在“经停产停业整顿仍不具备安全生产条件的，予以关闭”.*现行措施为“限期改正”/);
  });

  it('环保 “情节严重的，报经有批准权的人民政府批准，责令停业、关闭”: closes at once only when flagged 情节严重 and approved', () => {
    const noticedEnv = walk('环保', ['issue-notice', { date: '2023-04-01', measure: '停产整治', period: { months: 3 } }]);
    const approval = { authority: '某某县人民政府', number: '某政字〔2023〕12号', date: '2023-05-01' };
    expect(refusal(noticedEnv, 'close-down', { date: '2023-05-02', approval })).toMatch(/本事项未标记“情节严重”/);
    const serious = { ...noticedEnv, serious: true };
    expect(refusal(serious, 'close-down', { date: '2023-05-02' })).toMatch(/请填写人民政府批准的机关、文号和日期/);
    expect(step(serious, 'close-down', { date: '2023-05-02', approval }).ok).toBe(true);
  });
});

describe('refusals common to every step', () => {
  it('refuses a step the state does not offer', () => {
    expect(refusal(walk('能耗', ['issue-notice', { date: '2023-04-01' }]), 'approve-extension', { date: '2023-05-01' })).toBe(
      '当前状态为“限期整改中”，不能执行“批准延期”',
    );
    expect(refusal(newCase('质量'), 'reinspect-pass', { date: '2023-05-01' })).toMatch(/不能执行“复查达标”/);
  });

  it('refuses a date before the previous step', () => {
    const state = walk('能耗', ['issue-notice', { date: '2023-04-01' }]);
    expect(refusal(state, 'reinspect-pass', { date: '2023-03-31' })).toBe(
      '“复查达标”的日期2023年3月31日早于上一步“下达整改通知”的日期2023年4月1日',
    );
    expect(step(state, 'reinspect-pass', { date: '2023-04-01' }).ok).toBe(true);
  });

  it('refuses a step without an operator or with an invalid date', () => {
    expect(refusal(newCase('能耗'), 'issue-notice', { date: '2023-04-01', operator: '  ' })).toBe('请填写操作人');
    expect(refusal(newCase('能耗'), 'issue-notice', { date: '2023-02-30' })).toMatch(/日期无效/);
  });

  it('turns a year the calendar lacks into a refusal that names it', () => {
    const late = walk('能耗', ['issue-notice', { date: '2026-08-01' }]);
    expect(refusal(late, 'request-extension', { date: '2026-09-01', extension: { months: 1 } })).toMatch(/2027年的放假安排/);
  });
});

describe('质量 and 安全: no extension', () => {
  it('offers no extension and refuses one', () => {
    const state = walk('质量', ['issue-notice', { date: '2023-04-01' }]);
    expect(statusLabel('质量', state.status, state.measure)).toBe('停产整改中');
    expect(allowedTransitions(state, context.ruleSet).map((t) => t.label)).toEqual(['复查达标', '复查不达标', '依法关停退出']);
    expect(refusal(state, 'request-extension', { date: '2023-05-01', extension: { months: 1 } })).toBe('质量维度依规定不予延期');
  });

  it('needs the period the order sets, then escalates 限期改正 to 停产停业整顿 and closes', () => {
    expect(refusal(newCase('安全'), 'issue-notice', { date: '2023-04-03' })).toBe('安全维度的整改期限由决定/命令确定，请填写期限');
    const state = walk(
      '安全',
      ['issue-notice', { date: '2023-04-03', period: { days: 30 } }],
      ['reinspect-fail', { date: '2023-05-10' }],
      ['escalate', { date: '2023-05-11', period: { months: 2 } }],
    );
    expect(state).toMatchObject({ status: 'rectifying', measure: '停产停业整顿', noticeDate: '2023-05-11' });
    expect(statusLabel('安全', state.status, state.measure)).toBe('停产停业整顿中');
    expect(deadlineOf(state)).toBe('2023-07-11');
    const closed = step(state, 'close-down', { date: '2023-07-12' });
    expect(closed.ok && statusLabel('安全', closed.state.status)).toBe('已予以关闭');
  });
});

describe('环保: decision periods and their limits', () => {
  it('warns when 限制生产 is ordered for longer than 3 months', () => {
    const r = step(newCase('环保'), 'issue-notice', { date: '2023-04-03', measure: '限制生产', period: { months: 4 } });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings[0]).toMatch(/^限制生产的期限一般不超过3个月/);
    const plain = step(newCase('环保'), 'issue-notice', { date: '2023-04-03', measure: '停产整治', period: { months: 4 } });
    expect(plain.ok && plain.warnings).toEqual([]);
  });

  it('“限制生产一般不超过三个月；情况复杂的，经批准可以延长” (环境保护部令第30号): extends 限制生产 only, never 停产整治', () => {
    const limited = walk('环保', ['issue-notice', { date: '2023-04-03', measure: '限制生产', period: { months: 3 } }]);
    expect(allowedTransitions(limited, context.ruleSet).map((t) => t.id)).toContain('request-extension');
    expect(step(limited, 'request-extension', { date: '2023-06-01', extension: { months: 3 } }).ok).toBe(true);
    const stopped = walk('环保', ['issue-notice', { date: '2023-04-03', measure: '停产整治', period: { months: 3 } }]);
    expect(allowedTransitions(stopped, context.ruleSet).map((t) => t.id)).not.toContain('request-extension');
    expect(refusal(stopped, 'request-extension', { date: '2023-06-01', extension: { months: 1 } })).toBe(
      '停产整治不予延期：延期仅适用于限制生产（环境保护部令第30号），停产整治不予延期',
    );
  });

  it('refuses a measure the rule does not know', () => {
    expect(refusal(newCase('环保'), 'issue-notice', { date: '2023-04-03', measure: '罚款', period: { months: 1 } })).toBe(
      '措施应为：限制生产、停产整治',
    );
  });
});

describe('技术: dismantling, sealing, acceptance', () => {
  it('seals with a time limit, fails an acceptance, then dismantles and exits', () => {
    const sealed = walk('技术', ['seal', { date: '2021-07-01', period: { until: '2021-10-31' } }]);
    expect(sealed.status).toBe('sealed');
    // 10月31日 was a Sunday, but a date the order fixes is a date, not a period: it is not moved.
    expect(deadlineOf(sealed)).toBe('2021-10-31');
    const exited = walk(
      '技术',
      ['seal', { date: '2021-07-01', period: { until: '2021-10-31' } }],
      ['dismantle', { date: '2021-09-01' }],
      ['accept-fail', { date: '2021-09-10' }],
      ['dismantle', { date: '2021-10-08' }],
      ['accept-pass', { date: '2021-10-29' }],
    );
    expect(exited.history.map((e) => e.toStatus)).toEqual(['sealed', 'awaiting-acceptance', 'sealed', 'awaiting-acceptance', 'exited']);
    expect(exited).toMatchObject({ status: 'exited', closedDate: '2021-10-29', period: { until: '2021-10-31' } });
  });

  it('offers 立即拆除, sealing and 依法关停取缔 for a new finding, and needs a time limit to seal', () => {
    expect(allowedTransitions(newCase('技术'), context.ruleSet).map((t) => t.label)).toEqual(['立即拆除', '断水断电·封存', '依法关停取缔']);
    expect(refusal(newCase('技术'), 'seal', { date: '2021-07-01' })).toMatch(/^请填写限时拆除的期限/);
  });

  it('needs a time limit when equipment dismantled at once fails its acceptance', () => {
    const dismantled = walk('技术', ['dismantle', { date: '2021-07-01' }]);
    expect(refusal(dismantled, 'accept-fail', { date: '2021-07-10' })).toMatch(/^请填写限时拆除的期限/);
    expect(step(dismantled, 'accept-fail', { date: '2021-07-10', period: { days: 30 } }).ok).toBe(true);
  });
});
