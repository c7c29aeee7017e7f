import type { ServiceContext } from '../../src/main/services/context';
import { createEnterprise } from '../../src/main/services/enterprises';
import { registerCase, transitionCase, type TransitionRequest } from '../../src/main/services/caseWorkflow';
import { applyMilestonePreset, listMilestones, saveMilestone, setMilestoneDone } from '../../src/main/services/milestones';
import { updateSettings } from '../../src/main/services/settings';
import type { Dimension } from '../../src/shared/domain/dimensions';

type Step = [TransitionRequest['transition'], Omit<TransitionRequest, 'id' | 'transition'>];

/**
 * A county's ledger on 2026-11-20 as the 工作台 screenshot shows it: enterprises in several
 * towns, a case in every dimension at a different point of its path (overdue, due today, due
 * soon, far off, waiting for 2027's holidays, closed down, compliant), and the year's milestones
 * from the Liaocheng 2022 plan plus one of the county's own.
 */
export function seedCountyLedger(ctx: ServiceContext): void {
  updateSettings(ctx, { countyName: '冠县', year: 2026, operatorName: '王建华' });
  const enterprise = (name: string, town: string, industry: string, uscc?: string) =>
    createEnterprise(ctx, { name, town, industry, ...(uscc ? { uscc } : {}) }).row.id;
  const kase = (enterpriseId: number, dimension: Dimension, description: string, ...steps: Step[]) => {
    const { id } = registerCase(ctx, { enterpriseId, dimension, source: dimension === '能耗' ? '节能监察' : '执法检查', description });
    for (const [transition, input] of steps) transitionCase(ctx, { id, transition, ...input });
    return id;
  };

  const xinda = enterprise('冠县鑫达铸造有限公司', '城关镇', '铸造', '91371525MA3C8QXK47');
  const huatong = enterprise('聊城华通水泥有限责任公司', '柳林镇', '水泥');
  const hengchang = enterprise('冠县恒昌印染有限公司', '经济开发区', '印染');
  const yongxing = enterprise('冠县永兴钢丝绳厂', '烟庄街道', '金属制品');
  const dongfang = enterprise('冠县东方化工有限公司', '东古城镇', '化工');
  const jinguang = enterprise('冠县金光玻璃制品有限公司', '店子镇', '玻璃');
  const hongda = enterprise('冠县宏达轧钢厂', '城关镇', '钢铁');
  const shunfa = enterprise('冠县顺发纺织有限公司', '柳林镇', '纺织');
  const limin = enterprise('冠县利民造纸厂', '东古城镇', '造纸');
  const xinyuan = enterprise('冠县新源耐火材料有限公司', '兰沃乡', '耐火材料');

  kase(xinda, '能耗', '中频炉单位产品电耗超过GB 32035限额', ['issue-notice', { date: '2026-05-20' }]);
  kase(huatong, '能耗', '水泥熟料综合能耗超限额', ['issue-notice', { date: '2026-04-10' }]);
  kase(hengchang, '环保', '印染废水COD超标排放', ['issue-notice', { date: '2026-09-01', measure: '限制生产', period: { months: 3 } }]);
  kase(yongxing, '技术', '使用淘汰类铅浴炉', ['seal', { date: '2026-07-01', period: { until: '2026-10-31' }, note: '已断水断电，企业公开承诺不再恢复生产' }]);
  kase(dongfang, '安全', '储罐区安全距离不足', ['issue-notice', { date: '2026-10-20', measure: '限期改正', period: { days: 45 } }]);
  kase(jinguang, '质量', '产品抽查不合格', ['issue-notice', { date: '2026-06-15' }]);
  kase(limin, '环保', '未按证排污', ['issue-notice', { date: '2026-10-15', measure: '停产整治', period: { months: 2 } }]);
  kase(xinyuan, '能耗', '隧道窑能耗超限额', ['issue-notice', { date: '2026-08-10' }]);
  kase(xinyuan, '技术', '淘汰类倒焰窑', ['seal', { date: '2026-09-15', period: { until: '2026-12-31' } }]);
  kase(
    hongda,
    '能耗',
    '轧钢加热炉能耗超限额',
    ['issue-notice', { date: '2025-11-03' }],
    ['request-extension', { date: '2026-04-20', extension: { months: 3 } }],
    ['approve-extension', { date: '2026-04-28' }],
    ['reinspect-fail', { date: '2026-08-05', note: '复测仍超限额' }],
    ['close-down', { date: '2026-09-10', note: '报县政府批准关停' }],
  );
  kase(
    dongfang,
    '安全',
    '涉氨制冷车间不具备安全生产条件',
    ['issue-notice', { date: '2026-03-02', measure: '停产停业整顿', period: { days: 60 } }],
    ['reinspect-fail', { date: '2026-05-06' }],
    ['close-down', { date: '2026-06-18' }],
  );
  kase(shunfa, '能耗', '定型机能耗超限额', ['issue-notice', { date: '2026-03-02' }], ['reinspect-pass', { date: '2026-08-20', note: '改造后复测达标' }]);

  applyMilestonePreset(ctx, 'liaocheng-2022', 2026);
  saveMilestone(ctx, undefined, { year: 2026, name: '县级年度工作总结报市工信局', kind: '年度总结', due: '12月20日', owner: '县工信局', documentNumber: '冠工信发〔2026〕12号' });
  for (const m of listMilestones(ctx, 2026)) {
    if (m.date < '2026-11-20') setMilestoneDone(ctx, m.id, m.date);
  }
}
