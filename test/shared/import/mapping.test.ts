import { describe, expect, it } from 'vitest';
import { checkMapping, headerSignature, proposeMapping, type MappableColumn } from '../../../src/shared/import/mapping';
import { matchHeader, normaliseHeader, unitInHeader } from '../../../src/shared/import/synonyms';

const cols = (...names: string[]): MappableColumn[] => names.map((name, index) => ({ index, name, parts: name.split('/') }));
const targets = (names: string[]) => proposeMapping(cols(...names)).columns.map((c) => c.target);

describe('header synonyms', () => {
  it.each([
    ['企业名称', 'enterprise.name'],
    ['单位名称', 'enterprise.name'],
    ['*企业全称', 'enterprise.name'],
    ['企业（单位）名称', 'enterprise.name'],
    ['统一社会\n信用代码', 'enterprise.uscc'],
    ['社会信用代码', 'enterprise.uscc'],
    ['信用代码', 'enterprise.uscc'],
    ['所在乡镇', 'enterprise.town'],
    ['街道', 'enterprise.town'],
    ['存在问题维度', 'case.dimension'],
    ['问题类别', 'case.dimension'],
    ['退出产能', 'line.capacity'],
    ['产能（万吨）', 'line.capacity'],
    ['设备（生产线）名称', 'line.name'],
    ['规格型号', 'line.spec'],
    ['整改通知下达时间', 'case.noticeDate'],
  ] as const)('%s → %s', (header, target) => {
    expect(matchHeader(header, 'ledger')?.target).toBe(target);
  });

  it('normalises width, spaces, stars and brackets', () => {
    expect(normaliseHeader(' ＊企业 名称（全称）： ')).toBe('企业名称(全称)');
  });

  it('reads a unit out of a bracketed header', () => {
    expect(unitInHeader('产能（万吨）')).toBe('万吨');
    expect(unitInHeader('熟料产能(吨/日)')).toBe('吨/日');
    expect(unitInHeader('企业名称（全称）')).toBeNull();
  });
});

describe('proposeMapping', () => {
  it('maps a two-row header by parent and child', () => {
    expect(targets(['企业名称', '退出产能/数值', '退出产能/单位', '设备/数量', '设备/单位'])).toEqual([
      'enterprise.name', 'line.capacity', 'line.capacityUnit', 'line.quantity', 'line.quantityUnit',
    ]);
  });

  it('reads a lone 单位 by the number column before it', () => {
    expect(targets(['企业名称', '产能', '单位'])).toEqual(['enterprise.name', 'line.capacity', 'line.capacityUnit']);
  });

  it('skips 序号 and gives each field to one column only', () => {
    const p = proposeMapping(cols('序号', '企业名称', '单位名称'));
    expect(p.columns.map((c) => [c.name, c.target])).toEqual([['企业名称', 'enterprise.name'], ['单位名称', null]]);
  });

  it('puts 备注 on the line when lines are mapped, else on the enterprise', () => {
    expect(targets(['企业名称', '设备名称', '备注'])[2]).toBe('line.notes');
    expect(targets(['企业名称', '乡镇', '备注'])[2]).toBe('enterprise.notes');
  });

  it('proposes the unit in a header as a constant', () => {
    expect(proposeMapping(cols('企业名称', '设备名称', '产能（万吨）')).mapping.fields).toContainEqual({ target: 'line.capacityUnit', constant: '万吨' });
  });

  it('proposes the year in the sheet\'s title (「阳谷县2022年…台账」) as the plan year, unless a column has it', () => {
    expect(proposeMapping(cols('企业名称', '设备名称', '产能'), 2022).mapping.fields).toContainEqual({ target: 'line.planYear', constant: '2022' });
    expect(proposeMapping(cols('企业名称', '设备名称', '计划退出年度'), 2022).mapping.fields).not.toContainEqual({ target: 'line.planYear', constant: '2022' });
    expect(proposeMapping(cols('企业名称', '乡镇'), 2022).mapping.fields.some((f) => f.target === 'line.planYear')).toBe(false);
  });

  it('recognises a work-plan responsibility table', () => {
    const p = proposeMapping(cols('序号', '主要内容', '主要内容', '牵头部门', '配合部门', '完成时间'));
    expect(p.kind).toBe('task');
    expect(p.columns.map((c) => c.target)).toEqual(['task.category', 'task.content', 'task.leadDepartments', 'task.cooperatingDepartments', 'task.completionText']);
  });

  it('takes a lone 主要内容 column for the task text', () => {
    const p = proposeMapping(cols('序号', '主要内容', '牵头部门', '配合部门', '完成时间'));
    expect(p.columns.map((c) => c.target)).toEqual(['task.content', 'task.leadDepartments', 'task.cooperatingDepartments', 'task.completionText']);
  });

  it('recognises a calendar of milestones', () => {
    const p = proposeMapping(cols('时间节点', '截止日期', '文号', '责任单位'));
    expect(p.columns.map((c) => c.target)).toEqual(['milestone.name', 'milestone.date', 'milestone.source', 'milestone.owner']);
  });
});

describe('checkMapping', () => {
  it('asks for a way to find the enterprise of every row', () => {
    expect(checkMapping({ fields: [{ target: 'line.name', column: 0 }] }, cols('设备名称')).join()).toMatch(/企业名称/);
  });

  it('asks for the task text, and for a milestone name and date', () => {
    expect(checkMapping({ fields: [{ target: 'task.leadDepartments', column: 0 }] }, cols('牵头部门')).join()).toMatch(/重点工作 · 主要内容/);
    expect(checkMapping({ fields: [{ target: 'milestone.name', column: 0 }] }, cols('时间节点')).join()).toMatch(/时间节点 · 截止日期/);
  });

  it('refuses a field fed by two columns, and a column that does not exist', () => {
    const problems = checkMapping(
      { fields: [{ target: 'enterprise.name', column: 0 }, { target: 'enterprise.name', column: 5 }] },
      cols('企业名称'),
    );
    expect(problems).toHaveLength(2);
  });
});

describe('headerSignature', () => {
  it('is the same for the same header written differently, different when columns move', () => {
    expect(headerSignature(cols('企业 名称', '产能'))).toBe(headerSignature(cols('企业名称', '产能')));
    expect(headerSignature(cols('产能', '企业名称'))).not.toBe(headerSignature(cols('企业名称', '产能')));
  });
});
