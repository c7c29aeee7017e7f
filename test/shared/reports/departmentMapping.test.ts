import { describe, expect, it } from 'vitest';
import { departmentsNamed, mapDepartments, proposeCountyDepartment } from '../../../src/shared/reports/departmentMapping';

const COUNTY = ['县工信局', '县发改局', '县生态环境分局', '县市场监管局', '县应急局', '县财政局', '县人社局', '县自然资源局', '人行县支行', '各乡镇'];

describe('proposeCountyDepartment', () => {
  it.each([
    ['市经信委', '县工信局'],
    ['省经济和信息化委', '县工信局'],
    ['市工业和信息化局', '县工信局'],
    ['市环保局', '县生态环境分局'],
    ['省生态环境厅', '县生态环境分局'],
    ['市质监局', '县市场监管局'],
    ['市安监局', '县应急局'],
    ['省应急管理厅', '县应急局'],
    ['市国土局', '县自然资源局'],
    ['市物价局', '县发改局'],
    ['中国人民银行聊城市中心支行', '人行县支行'],
    ['各县（市）、区人民政府', '各乡镇'],
    ['市财政局', '县财政局'],
  ])('%s → %s', (source, county) => {
    expect(proposeCountyDepartment(source, COUNTY).proposed).toBe(county);
  });

  it('prefers what the user mapped before, and says so', () => {
    expect(proposeCountyDepartment('市经信委', COUNTY, new Map([['市经信委', '县经济发展局']]))).toEqual({ source: '市经信委', proposed: '县经济发展局', remembered: true });
  });

  it("uses the county's own name for a function when its list has one", () => {
    expect(proposeCountyDepartment('市经信委', ['县经济和信息化局']).proposed).toBe('县经济和信息化局');
  });

  it('moves an unknown office one level down', () => {
    expect(proposeCountyDepartment('省教育厅', COUNTY).proposed).toBe('县教育局');
  });
});

describe('mapDepartments', () => {
  it('maps and lists each county department once', () => {
    expect(mapDepartments(['市经信委', '经信委', '市财政局'], { 市经信委: '县工信局', 经信委: '县工信局' })).toEqual(['县工信局', '市财政局']);
    expect(departmentsNamed([{ leadDepartments: ['a', 'b'], cooperatingDepartments: ['b', 'c'] }])).toEqual(['a', 'b', 'c']);
  });
});
