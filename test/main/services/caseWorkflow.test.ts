import { describe, expect, it } from 'vitest';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { getCaseWorkflow, registerCase, transitionCase, type TransitionRequest } from '../../../src/main/services/caseWorkflow';
import { listCardEnterprises, listCaseDeadlines } from '../../../src/main/services/deadlineList';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { listWorkflowEvents } from '../../../src/main/db/repositories/caseWorkflow';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import type { ServiceContext } from '../../../src/main/services/context';
import { memoryContext } from '../../support/db';

function setup(now = new Date('2023-06-01T02:00:00Z')) {
  const ctx = memoryContext(now);
  const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造' }).row.id;
  return { ctx, enterpriseId };
}

function step(ctx: ServiceContext, id: number, transition: TransitionRequest['transition'], rest: Omit<TransitionRequest, 'id' | 'transition'>) {
  return transitionCase(ctx, { id, transition, ...rest });
}

describe('case workflow service', () => {
  it('registers a 能耗 case, issues the notice and counts down to 2023-10-07', () => {
    const { ctx, enterpriseId } = setup();
    const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗', source: '节能监察' });
    const registered = getCaseWorkflow(ctx, id);
    expect(registered).toMatchObject({ status: 'registered', statusLabel: '待下达整改通知', deadline: null, card: null });
    expect(registered.steps.map((s) => s.label)).toEqual(['下达整改通知']);
    expect(registered.rule.legalBasis[0]?.source).toMatch(/鲁经信产〔2017〕481号/);

    const noticed = step(ctx, id, 'issue-notice', { date: '2023-04-01', note: '节能监察整改通知书' });
    expect(noticed).toMatchObject({ status: 'rectifying', statusLabel: '限期整改中', noticeDate: '2023-04-01', card: 'yellow' });
    expect(noticed.deadline).toMatchObject({ nominal: '2023-10-01', deadline: '2023-10-07', effective: '2023-10-07', periodText: '6个月' });
    expect(noticed.deadline?.explanation).toBe('2023年10月1日为国庆节假日，顺延至2023年10月7日（调休上班日）');
    expect(noticed.deadline?.basis).toBe('期限自2023年4月1日起算，按《中华人民共和国民法典》第二百零一条至第二百零四条计算。');
    expect(noticed.countdown).toEqual({ days: 128, text: '剩余 128 天', band: 'later' });
    expect(noticed.history.map((h) => h.label)).toEqual(['登记', '下达整改通知']);
    expect(noticed.history[1]?.detail).toBe('限期整改，期限6个月，期限届满日2023-10-07');
    // The history and the grid use one word for the state: 限期整改中, never 整改中.
    expect(noticed.history[1]?.toLabel).toBe(noticed.statusLabel);
  });

  it('extends once, refuses a second extension in Chinese, and a failed check then closure gives a red card', () => {
    const { ctx, enterpriseId } = setup();
    const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
    step(ctx, id, 'issue-notice', { date: '2023-04-01' });
    step(ctx, id, 'request-extension', { date: '2023-05-20', extension: { months: 3 } });
    const approved = step(ctx, id, 'approve-extension', { date: '2023-05-25' });
    expect(approved).toMatchObject({ status: 'extended', statusLabel: '延期整改中' });
    expect(approved.deadline).toMatchObject({ deadline: '2024-01-08', baseDeadline: '2023-10-07', extensionText: '3个月' });
    expect(approved.countdown?.days).toBe(221);
    // The step stays on offer so that the refusal can say why.
    expect(approved.steps.map((s) => s.id)).toContain('request-extension');

    expect(() => step(ctx, id, 'request-extension', { date: '2023-05-30', extension: { months: 1 } })).toThrow(
      '每个整改事项只能申请一次延期，已于2023年5月20日申请过',
    );

    step(ctx, id, 'reinspect-fail', { date: '2023-12-20', note: '复测单位产品能耗仍超限额' });
    // The extended period runs to 2024-01-08: the failed check does not end it.
    expect(() => step(ctx, id, 'close-down', { date: '2023-12-28' })).toThrow(/整改期限至2024年1月8日，尚未届满/);
    const closed = step(ctx, id, 'close-down', { date: '2024-01-09' });
    expect(closed).toMatchObject({ status: 'closed-down', statusLabel: '已依法关停退出', closedDate: '2024-01-09', card: 'red', countdown: null });
    const red = listCardEnterprises(ctx, 'red', '2024-01-10');
    expect(red).toMatchObject([{ enterpriseName: '鑫达铸造有限公司', card: 'red', cases: [{ id, dimension: '能耗' }] }]);
    expect(listCardEnterprises(ctx, 'yellow', '2024-01-10')).toEqual([]);
  });

  it('writes the columns, the event and an audit entry per changed column in one batch', () => {
    const { ctx, enterpriseId } = setup();
    const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
    step(ctx, id, 'issue-notice', { date: '2023-04-01' });
    const row = ctx.db.prepare('SELECT status, measure, notice_date, period, extension FROM cases WHERE id = ?').get(id);
    expect(row).toEqual({ status: 'rectifying', measure: '限期整改', notice_date: '2023-04-01', period: '{"months":6}', extension: null });
    const audit = listAuditEntries(ctx.db, { entity: 'case', entityId: id }).filter((a) => a.action === 'update');
    expect(new Set(audit.map((a) => a.batchId)).size).toBe(1);
    expect(audit.map((a) => a.field).sort()).toEqual(['measure', 'noticeDate', 'period', 'status']);
    expect(audit.every((a) => a.source === 'workflow:issue-notice')).toBe(true);
    const events = listWorkflowEvents(ctx.db, id);
    expect(events.at(-1)).toMatchObject({ transition: 'issue-notice', fromStatus: 'registered', toStatus: 'rectifying', eventDate: '2023-04-01' });
  });

  it('refuses an illegal step through IPC with a VALIDATION envelope and changes nothing', async () => {
    const { ctx, enterpriseId } = setup();
    const { id } = registerCase(ctx, { enterpriseId, dimension: '质量' });
    const dispatch = createDispatcher(ctx, { checkOutput: true });
    await dispatch('cases:transition', { id, transition: 'issue-notice', date: '2023-04-01' });
    const before = ctx.db.prepare('SELECT * FROM cases WHERE id = ?').get(id);
    const audits = listAuditEntries(ctx.db, {}).length;
    const r = await dispatch('cases:transition', { id, transition: 'request-extension', date: '2023-05-01', extension: { months: 1 } });
    expect(r).toEqual({ ok: false, error: { code: 'VALIDATION', message: '质量维度依规定不予延期' } });
    expect(ctx.db.prepare('SELECT * FROM cases WHERE id = ?').get(id)).toEqual(before);
    expect(listAuditEntries(ctx.db, {}).length).toBe(audits);
  });

  it('escalates a 安全 case: the notice date stays, the period counts from the decision', () => {
    const { ctx, enterpriseId } = setup();
    const { id } = registerCase(ctx, { enterpriseId, dimension: '安全' });
    step(ctx, id, 'issue-notice', { date: '2023-04-03', period: { days: 30 } });
    step(ctx, id, 'reinspect-fail', { date: '2023-05-10' });
    const escalated = step(ctx, id, 'escalate', { date: '2023-05-11', period: { months: 2 } });
    expect(escalated).toMatchObject({ statusLabel: '停产停业整顿中', noticeDate: '2023-04-03', periodText: '2个月' });
    expect(escalated.deadline?.deadline).toBe('2023-07-11');
  });

  it('reads a case the grid created (整改中, no period) with the rule’s period', () => {
    const { ctx, enterpriseId } = setup();
    ctx.db
      .prepare("INSERT INTO cases (enterprise_id, dimension, status, notice_date, created_at, updated_at) VALUES (?, '能耗', '整改中', '2023-04-01', 'x', 'x')")
      .run(enterpriseId);
    const list = listCaseDeadlines(ctx, { today: '2023-10-08' });
    expect(list.rows).toMatchObject([{ status: 'rectifying', deadline: '2023-10-07', days: -1, text: '逾期 1 天', band: 'overdue', card: 'yellow', overdue: true }]);
  });

  it('names the missing holiday year of a deadline that falls in it', () => {
    const { ctx, enterpriseId } = setup(new Date('2026-11-20T02:00:00Z'));
    const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
    const view = step(ctx, id, 'issue-notice', { date: '2026-08-01' });
    expect(view.deadline).toBeNull();
    expect(view.deadlineProblem).toMatch(/2027年的放假安排/);
    expect(listCaseDeadlines(ctx, {}).rows[0]).toMatchObject({ deadline: null, missingYear: 2027, card: 'yellow' });
  });
});
