import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { describe, expect, it } from 'vitest';
import {
  applyMilestonePreset,
  importMilestoneText,
  listMilestonePresets,
  listMilestones,
  removeMilestones,
  saveMilestone,
  setMilestoneDone,
} from '../../../src/main/services/milestones';
import { workbenchOverview } from '../../../src/main/services/workbench';
import { updateSettings } from '../../../src/main/services/settings';
import { count, memoryContext } from '../../support/db';

describe('milestones', () => {
  it('offers the five seeds’ presets', () => {
    expect(listMilestonePresets().map((p) => p.key)).toEqual(['shandong-2017', 'nantong-2017', 'xinzhou-2020', 'henan-2021', 'liaocheng-2022']);
  });

  it('applies a preset for a year once, resolving 12月底 and 次年1月, each with a countdown', () => {
    const ctx = memoryContext(new Date('2026-11-20T02:00:00Z'));
    expect(applyMilestonePreset(ctx, 'liaocheng-2022', 2026)).toEqual({ added: 5, skipped: 0 });
    expect(applyMilestonePreset(ctx, 'liaocheng-2022', 2026)).toEqual({ added: 0, skipped: 5 });
    const rows = listMilestones(ctx, 2026);
    expect(rows.map((m) => `${m.dueText}=${m.date}`)).toEqual([
      '上半年=2026-06-30',
      '7月15日=2026-07-15',
      '12月底=2026-12-31',
      '次年1月=2027-01-31',
      '次年1月=2027-01-31',
    ]);
    expect(rows[2]).toMatchObject({ documentNumber: '聊工信发〔2022〕64号', preset: 'liaocheng-2022', countdown: { days: 41, text: '剩余 41 天', band: 'later' } });
    expect(rows[1]?.countdown).toMatchObject({ band: 'overdue', text: '逾期 128 天' });
    const done = setMilestoneDone(ctx, rows[1]!.id, '2026-07-14');
    expect(done).toMatchObject({ doneDate: '2026-07-14', countdown: null });
  });

  it('marks a milestone done with its date, note and who: it leaves the countdowns; undone past its date it is 逾期 again', () => {
    const ctx = memoryContext(new Date('2026-11-20T02:00:00Z'));
    applyMilestonePreset(ctx, 'liaocheng-2022', 2026);
    const july = listMilestones(ctx, 2026)[1]!;
    expect(july.countdown).toMatchObject({ band: 'overdue' });
    const done = setMilestoneDone(ctx, july.id, '2026-07-14', ' 已函告市工信局 ');
    expect(done).toMatchObject({ doneDate: '2026-07-14', doneNote: '已函告市工信局', doneBy: expect.any(String), countdown: null });
    expect(done.doneBy).not.toBe('');
    const audit = listAuditEntries(ctx.db, { entity: 'milestone', entityId: july.id }).filter((a) => a.action === 'update');
    expect(audit.map((a) => a.field).sort()).toEqual(['doneBy', 'doneDate', 'doneNote']);
    const undone = setMilestoneDone(ctx, july.id, null);
    expect(undone).toMatchObject({ doneDate: null, doneBy: null, doneNote: null, countdown: { band: 'overdue', text: '逾期 128 天' } });
  });

  it('saves a typed milestone from a rule, refusing one it cannot read', () => {
    const ctx = memoryContext(new Date('2026-03-01T02:00:00Z'));
    const m = saveMilestone(ctx, undefined, { year: 2026, name: '年度总结报县政府', kind: '年度总结', due: '每年12月31日', owner: '县工信局' });
    expect(m).toMatchObject({ dueText: '12月31日', date: '2026-12-31', owner: '县工信局' });
    expect(() => saveMilestone(ctx, m.id, { year: 2026, name: '年度总结', kind: '年度总结', due: '尽快' })).toThrow(/无法识别完成时间“尽快”/);
    expect(removeMilestones(ctx, [m.id])).toEqual({ count: 1 });
    expect(listMilestones(ctx, 2026)).toEqual([]);
  });

  it('imports a superior’s list pasted from Excel, all lines or none', () => {
    const ctx = memoryContext(new Date('2026-03-01T02:00:00Z'));
    const paste = ['序号\t时间节点\t完成时间\t责任单位\t文号', '1\t上报摸排情况\t6月27日\t各县（市、区）\t郑淘汰落后办〔2026〕2号', '2\t完成关闭退出\t10月底\t各县（市、区）\t', '填表说明：时间均为当年'].join('\n');
    expect(() => importMilestoneText(ctx, 2026, `${paste}\n3\t现场验收\t尽快\t县工信局\t`)).toThrow(/第5行：无法识别完成时间“尽快”/);
    expect(count(ctx, 'milestones')).toBe(0);
    expect(importMilestoneText(ctx, 2026, paste)).toEqual({ added: 2, skipped: 0 });
    expect(listMilestones(ctx, 2026)).toMatchObject([
      { name: '上报摸排情况', kind: '上报摸排情况', date: '2026-06-27', documentNumber: '郑淘汰落后办〔2026〕2号' },
      { name: '完成关闭退出', kind: '完成关闭退出', date: '2026-10-31', documentNumber: null },
    ]);
  });

  it('appear on 工作台 for the settings year, not yet done, by date', () => {
    const ctx = memoryContext(new Date('2026-11-20T02:00:00Z'));
    updateSettings(ctx, { year: 2026 });
    applyMilestonePreset(ctx, 'shandong-2017', 2026);
    const overview = workbenchOverview(ctx);
    expect(overview.year).toBe(2026);
    expect(overview.milestones.map((m) => m.date)).toEqual([...overview.milestones.map((m) => m.date)].sort());
    expect(overview.milestones.length).toBeGreaterThan(0);
  });
});
