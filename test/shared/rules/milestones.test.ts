import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { MilestonePresetSchema, resolveMilestones, type MilestonePreset } from '../../../src/shared/rules/milestones';

const dir = new URL('../../../resources/calendar/presets/', import.meta.url);

function preset(file: string): MilestonePreset {
  return MilestonePresetSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
}

function dates(file: string, year: number): string[] {
  const r = resolveMilestones(preset(file), year);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.map((m) => m.date);
}

describe('milestone presets', () => {
  it('ships one valid preset per seed', () => {
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['henan-2021.json', 'liaocheng-2022.json', 'nantong-2017.json', 'shandong-2017.json', 'xinzhou-2020.json']);
    for (const file of files) expect(() => preset(file)).not.toThrow();
  });

  it('carries the 文号 of each seed', () => {
    expect(preset('shandong-2017.json').document.number).toBe('鲁经信产〔2017〕481号');
    expect(preset('nantong-2017.json').document.number).toBe('通政办发〔2017〕179号');
    expect(preset('liaocheng-2022.json').document.number).toBe('聊工信发〔2022〕64号');
    expect(preset('henan-2021.json').document.number).toBe('郑淘汰落后办〔2021〕2号');
    expect(preset('henan-2021.json').milestones.map((m) => m.documentNumber)).toContain('豫淘汰落后办〔2021〕10号');
    expect(preset('xinzhou-2020.json').document.number).toBeNull();
  });

  it('Shandong 2017: plan by 3月底, closures by 12月底, report by 次年1月底', () => {
    expect(dates('shandong-2017.json', 2017)).toEqual(['2017-03-31', '2017-12-31', '2018-01-31']);
  });

  it('Nantong 2017: plans by 3月底 (附件3: 4月底), closures and summary by 12月底', () => {
    expect(dates('nantong-2017.json', 2017)).toEqual(['2017-03-31', '2017-03-31', '2017-04-30', '2017-12-31', '2017-12-31', '2017-12-31']);
  });

  it('Xinzhou 2020: survey by 7月15日, work 7月16日–11月20日, summary by 11月底', () => {
    const r = resolveMilestones(preset('xinzhou-2020.json'), 2020);
    expect(r.ok && r.value.map((m) => [m.startDate ?? null, m.date])).toEqual([
      [null, '2020-07-15'],
      ['2020-07-16', '2020-11-20'],
      [null, '2020-11-30'],
    ]);
  });

  it('Liaocheng 2022: 函告 by 7月15日 and 12月底, public notice and report in 2023年1月', () => {
    expect(dates('liaocheng-2022.json', 2022)).toEqual(['2022-06-30', '2022-07-15', '2022-12-31', '2023-01-31', '2023-01-31']);
  });

  it('Henan 2021: report by 6月27日, survey by 6月底, summary by 10月27日, acceptance by 10月30日, exits by 10月底', () => {
    expect(dates('henan-2021.json', 2021)).toEqual([
      '2021-06-27',
      '2021-06-30',
      '2021-06-30',
      '2021-10-27',
      '2021-10-30',
      '2021-10-31',
      '2021-10-31',
    ]);
  });

  it('recurs in a later year', () => {
    expect(dates('shandong-2017.json', 2024)).toEqual(['2024-03-31', '2024-12-31', '2025-01-31']);
  });

  it('rejects a preset whose rule cannot be read', () => {
    const data = JSON.parse(readFileSync(new URL('shandong-2017.json', dir), 'utf8'));
    data.milestones[0].due = '尽快';
    data.milestones[1].kind = '开会';
    const r = MilestonePresetSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      '无法识别的时间，可写作：3月底、7月15日、次年1月底、7月16日至11月20日',
      expect.stringMatching(/^类别应为：排查摸底、/),
    ]);
  });
});
