import { describe, expect, it } from 'vitest';
import { countyGovernment, departmentsNamed, mapDepartments, mapTaskDepartments, proposeCountyDepartment } from '../../../src/shared/reports/departmentMapping';

const DEPARTMENTS = ['县工信局', '县发改局', '县生态环境分局', '县市场监管局', '县应急局', '县财政局', '县人社局', '县自然资源局', '人行县支行', '各乡镇'];
const COUNTY = { departments: DEPARTMENTS, countyName: '茌平县' };
const propose = (source: string) => proposeCountyDepartment(source, COUNTY);

describe('proposeCountyDepartment', () => {
  it.each([
    ['市经信委', '县工信局'],
    ['省经济和信息化委', '县工信局'],
    ['市工业和信息化局', '县工信局'],
    ['市化解办', '县工信局'],
    ['市环保局', '县生态环境分局'],
    ['省生态环境厅', '县生态环境分局'],
    ['市质监局', '县市场监管局'],
    ['市安监局', '县应急局'],
    ['省应急管理厅', '县应急局'],
    ['省应急管理厅及有安全生产监督管理职责的部门', '县应急局'],
    ['市国土局', '县自然资源局'],
    ['市规划和自然资源局', '县自然资源局'],
    ['市物价局', '县发改局'],
    ['中国人民银行聊城市中心支行', '人行县支行'],
    ['市财政局', '县财政局'],
    ['市工业和信息化局等有关部门', '县工信局'],
  ])('%s → %s', (source, county) => {
    expect(propose(source)).toEqual({ source, proposed: county, remembered: false, unmatched: false });
  });

  it('prefers what the user mapped before, and says so', () => {
    expect(proposeCountyDepartment('市经信委', COUNTY, new Map([['市经信委', '县经济发展局']]))).toEqual({ source: '市经信委', proposed: '县经济发展局', remembered: true, unmatched: false });
  });

  it("uses the county's own name for a function when its list has one", () => {
    expect(proposeCountyDepartment('市经信委', { departments: ['县经济和信息化局'], countyName: '' }).proposed).toBe('县经济和信息化局');
  });

  it('「A source department with no county counterpart stays as written and is flagged for the user, never guessed (煤炭工业局 is not 应急局)」', () => {
    expect(propose('煤炭工业局')).toEqual({ source: '煤炭工业局', proposed: '煤炭工业局', remembered: false, unmatched: true });
    expect(propose('省教育厅')).toMatchObject({ proposed: '省教育厅', unmatched: true });
    expect(propose('济源示范区管委会')).toMatchObject({ proposed: '济源示范区管委会', unmatched: true });
    // A group the county has under its own level is a counterpart, not a guess.
    expect(propose('省直各相关部门')).toMatchObject({ proposed: '县直各相关部门', unmatched: false });
    expect(propose('各相关行业协会')).toMatchObject({ proposed: '各相关行业协会', unmatched: false });
  });

  it.each([
    ['各县（市、区）'],
    ['各县（市、区）人民政府'],
    ['各县（市）、区人民政府'],
    ['各县<市、区>人民政府'],
    ['各省直管县（市）人民政府'],
    ['各省辖市人民政府'],
  ])('「各县（市、区）」 and 「各县（市、区）人民政府」 become the county itself (县人民政府, named from 设置), not 各乡镇: %s', (source) => {
    expect(propose(source)).toMatchObject({ proposed: '茌平县人民政府', unmatched: false });
    expect(proposeCountyDepartment(source, { departments: DEPARTMENTS, countyName: ' ' }).proposed).toBe('县人民政府');
    expect(countyGovernment('茌平县')).toBe('茌平县人民政府');
  });

  it("Liaocheng's five (工业和信息化, 发展改革, 生态环境, 应急管理, 市场监督管理) map to their five county counterparts", () => {
    const five = propose('各县（市、区）、市属开发区工业和信息化、发展改革、生态环境、应急管理、市场监管等部门');
    expect(five.proposed).toBe('县工信局、县发改局、县生态环境分局、县市场监管局、县应急局');
    expect(mapDepartments([five.source], { [five.source]: five.proposed })).toEqual(['县工信局', '县发改局', '县生态环境分局', '县市场监管局', '县应急局']);
    // Henan writes the same enumeration with 主管部门 and 市场监督管理.
    expect(propose('各地工业和信息化、发展改革、市场监督管理、应急管理主管部门').proposed).toBe('县工信局、县发改局、县市场监管局、县应急局');
  });
});

describe('mapTaskDepartments', () => {
  it('「A department never lands in both 牵头 and 配合 of one row; if it would, it stays 牵头 only」', () => {
    // Nantong 附件3 第10项: 市财政局 牵头, 市经信委、发改委 配合; 第14项: 市物价局 牵头, 市发改委、经信委 配合.
    const mapping = { 市财政局: '县财政局', 市经信委: '县工信局', 发改委: '县发改局', 市物价局: '县发改局', 市发改委: '县发改局', 经信委: '县工信局' };
    expect(mapTaskDepartments({ leadDepartments: ['市物价局'], cooperatingDepartments: ['市发改委', '经信委'] }, mapping)).toEqual({
      leadDepartments: ['县发改局'],
      cooperatingDepartments: ['县工信局'],
    });
    expect(mapTaskDepartments({ leadDepartments: ['市财政局'], cooperatingDepartments: ['市经信委', '发改委'] }, mapping)).toEqual({
      leadDepartments: ['县财政局'],
      cooperatingDepartments: ['县工信局', '县发改局'],
    });
  });
});

describe('mapDepartments', () => {
  it('maps and lists each county department once; an emptied mapping drops the department', () => {
    expect(mapDepartments(['市经信委', '经信委', '市财政局'], { 市经信委: '县工信局', 经信委: '县工信局' })).toEqual(['县工信局', '市财政局']);
    expect(mapDepartments(['各相关行业协会', '市财政局'], { 各相关行业协会: '', 市财政局: '县财政局' })).toEqual(['县财政局']);
    expect(departmentsNamed([{ leadDepartments: ['a', 'b'], cooperatingDepartments: ['b', 'c'] }])).toEqual(['a', 'b', 'c']);
  });
});
