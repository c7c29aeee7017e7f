import { describe, expect, it } from 'vitest';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { registerCase, transitionCase } from '../../../src/main/services/caseWorkflow';
import { caseChecklist, saveObligation } from '../../../src/main/services/caseObligations';
import { applyMilestonePreset } from '../../../src/main/services/milestones';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { linkCaseLine } from '../../../src/main/db/repositories/cases';
import { addLine } from '../../support/countyLedger';
import { memoryContext } from '../../support/db';

/** A 能耗 firm whose furnace is to go in 2023, closed by law on 2023-10-09 after its period ran out. */
function closedFirm(opts: { henanCalendar?: boolean } = {}) {
  const ctx = memoryContext(new Date('2023-10-10T02:00:00Z'));
  if (opts.henanCalendar) applyMilestonePreset(ctx, 'henan-2021', 2023);
  const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司', industry: '铸造' }).row.id;
  const furnace = addLine(ctx.db, { enterpriseId, name: '中频炉', spec: '5t', planYear: 2023 });
  const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
  linkCaseLine(ctx.db, id, furnace);
  transitionCase(ctx, { id, transition: 'issue-notice', date: '2023-04-01' });
  transitionCase(ctx, { id, transition: 'close-down', date: '2023-10-09', closure: { enterpriseStatus: '已关停', lines: [{ lineId: furnace, exitMethod: '关停整个企业', exitDate: '2023-10-09' }] } });
  return { ctx, id, furnace };
}

describe('the checklist after a closure', () => {
  it('lists the steps the case owes, none done yet, and counts down to the sealed line’s 限时拆除 date from the year’s plan (10月底)', () => {
    const { ctx, id, furnace } = closedFirm({ henanCalendar: true });
    const list = caseChecklist(ctx, id, '2023-10-10');
    expect(list.items.map((i) => i.label)).toEqual(['公开承诺不再恢复生产', '断水断电、拆除动力装置、封存主体设备', '网站公告', '人民政府批准', '注销生产许可证', '差别电价或惩罚性电价']);
    expect(list.done).toBe(0);
    const seal = list.items.find((i) => i.kind === 'seal-line')!;
    expect(seal).toMatchObject({ lineId: furnace, lineName: '中频炉 5t', dueDate: '2023-10-31', countdown: { days: 21, band: 'near' } });
    expect(seal.dueSource).toMatch(/^年度时间节点“/);
  });

  it('falls back to 12月31日 without a completion milestone, and a date typed by hand wins', () => {
    const { ctx, id, furnace } = closedFirm();
    expect(caseChecklist(ctx, id, '2023-10-10').items.find((i) => i.kind === 'seal-line')?.dueDate).toBe('2023-12-31');
    const after = saveObligation(ctx, { caseId: id, kind: 'seal-line', lineId: furnace, dueDate: '2023-11-15', doneDate: null });
    expect(after.items.find((i) => i.kind === 'seal-line')).toMatchObject({ dueDate: '2023-11-15', dueSource: '人工填写的限时拆除日期', done: false });
  });

  it('records a step with its date and document, leaves the countdown once done, and writes one audit entry', () => {
    const { ctx, id, furnace } = closedFirm({ henanCalendar: true });
    saveObligation(ctx, { caseId: id, kind: 'pledge', doneDate: '2023-10-10', document: '承诺书（2023年10月10日）' });
    const list = saveObligation(ctx, { caseId: id, kind: 'seal-line', lineId: furnace, doneDate: '2023-10-11', document: '现场封存记录' });
    expect(list.done).toBe(2);
    expect(list.items.find((i) => i.kind === 'seal-line')).toMatchObject({ done: true, doneDate: '2023-10-11', countdown: null });
    const audit = listAuditEntries(ctx.db, { entity: 'case', entityId: id }).filter((e) => e.field?.startsWith('obligation:'));
    expect(audit.map((e) => e.field).sort()).toEqual(['obligation:pledge', `obligation:seal-line:${furnace}`]);
  });

  it('refuses a done step without what it needs, and a step the case does not owe, in Chinese', () => {
    const { ctx, id } = closedFirm();
    expect(() => saveObligation(ctx, { caseId: id, kind: 'government-approval', doneDate: '2023-10-08', authority: '示例县人民政府' })).toThrow('“人民政府批准”已填日期，还需填写：批准文号');
    expect(() => saveObligation(ctx, { caseId: id, kind: 'power-price', doneDate: '2023-11-01', detail: '阶梯电价' })).toThrow('“差别电价或惩罚性电价”的电价应为：差别电价或惩罚性电价');
    expect(() => saveObligation(ctx, { caseId: id, kind: 'credit-push', doneDate: '2023-11-01', authority: '信用山东' })).toThrow('本事项当前不需要办理“推送信用平台”');
  });

  it('owes nothing while the period runs', () => {
    const ctx = memoryContext(new Date('2023-06-01T02:00:00Z'));
    const enterpriseId = createEnterprise(ctx, { name: '恒昌' }).row.id;
    const { id } = registerCase(ctx, { enterpriseId, dimension: '质量' });
    transitionCase(ctx, { id, transition: 'issue-notice', date: '2023-04-01' });
    expect(caseChecklist(ctx, id).items).toEqual([]);
  });
});
