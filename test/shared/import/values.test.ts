import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../src/shared/normalise/date';
import {
  normaliseDimension,
  normaliseEnterpriseStatus,
  normaliseExitMethod,
  normalisePerformanceClass,
  normaliseReinspectionResult,
  splitAmount,
} from '../../../src/shared/import/values';
import { bindMapping, readRowValues } from '../../../src/shared/import/rowValues';
import { FieldParser } from '../../../src/shared/import/fieldParse';
import { matchHeader } from '../../../src/shared/import/synonyms';
import { dimensionOfMeasure } from '../../../src/shared/import/values';

describe('value normalisers', () => {
  it.each([
    ['50万吨', 50, '万吨'],
    ['1,200吨/日', 1200, '吨/日'],
    ['１２００', 1200, null],
    [' 3.5 万重量箱 ', 3.5, '万重量箱'],
    ['50（万吨）', 50, '万吨'],
  ] as const)('splitAmount(%s) → %s %s', (input, value, unit) => {
    expect(splitAmount(input)).toEqual({ value, unit });
  });

  it('leaves what it cannot read for the schema to refuse', () => {
    expect(splitAmount('约50万吨')).toEqual({ value: '约50万吨', unit: null });
  });

  it.each([
    ['能源消耗', '能耗'], ['能耗', '能耗'], ['环境保护', '环保'], ['环保', '环保'], ['产品质量', '质量'],
    ['安全生产', '安全'], ['技术装备', '技术'], ['淘汰类', '技术'], [' 环 保 ', '环保'],
  ] as const)('dimension %s → %s', (input, out) => {
    expect(normaliseDimension(input)).toBe(out);
  });

  it('does not pick one of two dimensions', () => {
    expect(normaliseDimension('能耗、环保')).toBe('能耗、环保');
  });

  it('reads statuses, exit methods, results and classes as sheets write them', () => {
    expect(normaliseEnterpriseStatus('正常生产')).toBe('在产');
    expect(normaliseEnterpriseStatus('已取缔')).toBe('已关闭取缔');
    expect(normaliseEnterpriseStatus('停产')).toBe('停产');
    expect(normaliseExitMethod('断水断电、拆除动力装置、封存主体设备')).toBe('断水断电·拆除动力装置·封存主体设备');
    expect(normaliseReinspectionResult('合格')).toBe('达标');
    expect(normalisePerformanceClass('b级')).toBe('B');
  });

  it('reads dates with a time of day after them', () => {
    expect(normaliseDate('2022-07-01 00:00:00')).toBe('2022-07-01');
    expect(normaliseDate('2022/7/1 8:30')).toBe('2022-07-01');
    expect(normaliseDate('2022年7月1日')).toBe('2022-07-01');
    expect(normaliseDate(44743)).toBe('2022-07-01');
  });
});

describe('readRowValues', () => {
  const bound = bindMapping(
    {
      fields: [
        { target: 'enterprise.name', column: 0 },
        { target: 'enterprise.uscc', column: 1 },
        { target: 'line.name', column: 2 },
        { target: 'line.capacity', column: 3 },
        { target: 'line.capacityUnit', column: 4 },
        { target: 'enterprise.town', constant: '城关镇' },
      ],
    },
    new Map([[0, '企业名称'], [1, '信用代码'], [2, '设备'], [3, '产能'], [4, '单位']]),
  );

  it('cleans and parses each field, taking a unit from the number', () => {
    const r = readRowValues(['　甲公司 ', ' 9137 0100 ma3c 5tq4 x7 ', '中频炉', '５０万吨', null], 7, bound);
    expect(r.issues).toEqual([]);
    expect(r.values.enterprise).toEqual({ name: '甲公司', uscc: '91370100MA3C5TQ4X7', town: '城关镇' });
    expect(r.values.line).toEqual({ name: '中频炉', capacity: 50, capacityUnit: '万吨' });
  });

  it('names the column, the value and what to do for every bad cell', () => {
    const r = readRowValues(['甲公司', 913701000000000000, '中频炉', '很多', null], 7, bound);
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([[7, '信用代码'], [7, '产能']]);
    expect(r.issues[0]!.reason).toMatch(/存成了数字.*设为“文本”/);
    expect(r.issues[1]!.reason).toMatch(/「很多」应为数字，请/);
  });

  it('flags a unit that contradicts the unit column, naming both', () => {
    const r = readRowValues(['甲公司', null, '中频炉', '50万吨', '万条/年'], 7, bound);
    expect(r.issues).toEqual([{ row: 7, column: '产能', target: 'line.capacity', reason: expect.stringMatching(/「50万吨」的单位「万吨」与「单位」列的「万条\/年」不一致/) }]);
  });

  it('takes 30万吨 against 万吨/年 in the unit column as one unit, stored as 万吨', () => {
    const r = readRowValues(['甲公司', null, '中频炉', '30万吨', '万吨/年'], 7, bound);
    expect(r.issues).toEqual([]);
    expect(r.values.line).toEqual({ name: '中频炉', capacity: 30, capacityUnit: '万吨' });
  });

  it('fills an empty unit column from the value, canonically (30万t → 万吨)', () => {
    const r = readRowValues(['甲公司', null, '中频炉', '30万t', null], 7, bound);
    expect(r.values.line).toEqual({ name: '中频炉', capacity: 30, capacityUnit: '万吨' });
  });
});

describe('plan years and dates without a year (issue 11)', () => {
  const columns = new Map([[0, '企业名称'], [1, '设备名称'], [2, '计划退出年度'], [3, '计划退出时间']]);
  const withYearColumn = { fields: [
    { target: 'enterprise.name', column: 0 }, { target: 'line.name', column: 1 }, { target: 'line.planYear', column: 2 }, { target: 'line.plannedExitDate', column: 3 },
  ] } as const;
  const titleYear = { fields: [
    { target: 'enterprise.name', column: 0 }, { target: 'line.name', column: 1 }, { target: 'line.plannedExitDate', column: 3 }, { target: 'line.planYear', constant: '2022' },
  ] } as const;

  it('「计划退出年度 comes from its own column」, and 10月底前 is read in it', () => {
    const b = bindMapping({ fields: [...withYearColumn.fields] }, columns, { titleYear: 2021, ledgerYear: 2026 });
    const r = readRowValues(['甲公司', '中频炉', '2023年', '10月底前'], 9, b);
    expect(r.issues).toEqual([]);
    expect(r.values.line).toMatchObject({ planYear: 2023, plannedExitDate: '2023-10-31' });
    expect(r.years).toEqual([
      { target: 'line.planYear', year: 2023, from: 'column' },
      { target: 'line.plannedExitDate', year: 2023, from: 'column' },
    ]);
  });

  it('「else from its planned exit date」: 2022.12 gives 2022', () => {
    const b = bindMapping({ fields: [...titleYear.fields] }, columns, { titleYear: 2021, ledgerYear: 2026 });
    const r = readRowValues(['甲公司', '中频炉', null, '2022.12'], 9, b);
    expect(r.values.line).toMatchObject({ planYear: 2022, plannedExitDate: '2022-12-31' });
    expect(r.years).toEqual([{ target: 'line.planYear', year: 2022, from: 'date' }]);
  });

  it('「else from the year in the sheet\'s title」, proposed as a constant: a date without a year is read in it too', () => {
    const b = bindMapping({ fields: [...titleYear.fields] }, columns, { titleYear: 2022, ledgerYear: 2026 });
    const none = readRowValues(['甲公司', '中频炉', null, null], 9, b);
    expect(none.values.line).toMatchObject({ planYear: 2022 });
    expect(none.years).toEqual([{ target: 'line.planYear', year: 2022, from: 'title' }]);
    const undated = readRowValues(['甲公司', '中频炉', null, '年底前'], 10, b);
    expect(undated.values.line).toMatchObject({ planYear: 2022, plannedExitDate: '2022-12-31' });
    expect(undated.years).toEqual([
      { target: 'line.plannedExitDate', year: 2022, from: 'title' },
      { target: 'line.planYear', year: 2022, from: 'title' },
    ]);
  });

  it('takes the ledger year for an undated limit when neither the row nor the title has one, and says so', () => {
    const b = bindMapping({ fields: [withYearColumn.fields[0], withYearColumn.fields[1], withYearColumn.fields[3]] }, columns, { titleYear: null, ledgerYear: 2026 });
    const r = readRowValues(['甲公司', '中频炉', null, '9月30日前'], 9, b);
    expect(r.values.line).toMatchObject({ planYear: 2026, plannedExitDate: '2026-09-30' });
    expect(r.years.map((y) => y.from)).toEqual(['ledger', 'ledger']);
  });

  it('refuses a date that cannot be read, naming row, column and value', () => {
    const b = bindMapping({ fields: [...withYearColumn.fields] }, columns, { titleYear: null, ledgerYear: 2026 });
    const r = readRowValues(['甲公司', '中频炉', '2022', '等通知'], 12, b);
    expect(r.issues).toEqual([{ row: 12, column: '计划退出时间', target: 'line.plannedExitDate', reason: expect.stringMatching(/^「等通知」不是有效日期，可写作/) }]);
  });
});

describe('meaning before synonym: 处置措施 and 退出方式 (issue 11)', () => {
  it('maps a 处置措施 or 整改措施 column to the case\'s measure, not the line\'s exit method', () => {
    expect(matchHeader('处置措施', 'ledger')?.target).toBe('case.measure');
    expect(matchHeader('整改措施', 'ledger')?.target).toBe('case.measure');
    expect(matchHeader('退出方式', 'ledger')?.target).toBe('line.exitMethod');
  });

  it.each([
    ['拆除', '拆除'],
    ['封存', '断水断电·拆除动力装置·封存主体设备'],
    ['断水断电、拆除动力装置、封存主体设备', '断水断电·拆除动力装置·封存主体设备'],
    ['关停整个企业', '关停整个企业'],
    ['整体关停', '关停整个企业'],
    ['转移', '转移'],
    ['搬迁转移', '转移'],
  ] as const)('退出方式 「%s」 is %s', (written, method) => {
    expect(new FieldParser('line.exitMethod').parse(written)).toEqual({ ok: true, value: method });
  });

  it.each(['限期整改', '停产整改', '限制生产', '停产整治', '停产停业整顿'])('「%s」 in 退出方式 is refused as a measure, naming the allowed exit methods', (measure) => {
    const r = new FieldParser('line.exitMethod').parse(measure);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/是整改事项的处置措施，不是设备的退出方式.*拆除、断水断电·拆除动力装置·封存主体设备、关停整个企业、转移/) });
  });

  it('refuses a value that fits neither, naming the allowed ones', () => {
    expect(new FieldParser('line.exitMethod').parse('卖掉')).toEqual({ ok: false, reason: expect.stringMatching(/^「卖掉」不是可识别的退出方式；请填写：拆除、/) });
  });

  it('reads the dimension a measure belongs to (限期整改 → 能耗, 停产整治 → 环保)', () => {
    expect(['限期整改', '停产整治', '停产整改', '停产停业整顿'].map(dimensionOfMeasure)).toEqual(['能耗', '环保', '质量', '安全']);
  });
});
