import { describe, expect, it } from 'vitest';
import { leadDepartmentsNamedIn, withDerivedLeads } from '../../../src/shared/reports/derivedLeads';

describe('leadDepartmentsNamedIn', () => {
  it('takes the departments the text says 牵头 (Xinzhou 2020 第15项)', () => {
    const text =
      '各县（市、区）人民政府、忻州经济开发区管委会、五台山风景名胜区管委会要提高政治站位，对本区域落后产能退出工作负总责。发挥好各级淘汰落后产能工作领导组作用，加强组织领导。市工信局、市能源局要履行行业管理部门的牵头职责，强化综合协调，统筹推进工作。各成员单位要按照职责分工，强化执法监督，主动开展工作。';
    expect(leadDepartmentsNamedIn(text)).toEqual({ departments: ['市工信局', '市能源局'], saysLead: true });
  });

  it('else every department that is the subject of a sentence (Henan 2021 第21项), a shared 主管部门 ending kept whole', () => {
    const text =
      '各地工业和信息化主管部门要在部门网站公告年度淘汰落后产能退出企业名单、设备（生产线）和产能情况，接受社会监督。对重点企业实行“红黄牌”工作制，各地工业和信息化、发展改革、市场监督管理、应急管理主管部门要定期公布不达标应限期整改的企业名单（黄牌）。各地生态环境部门要定期公布超标排放企业名单。';
    expect(leadDepartmentsNamedIn(text)).toEqual({
      departments: ['各地工业和信息化主管部门', '各地工业和信息化、发展改革、市场监督管理、应急管理主管部门', '各地生态环境部门'],
      saysLead: false,
    });
  });

  it('reads a list of departments whose verb follows the comma, and leaves out what is not a department', () => {
    expect(leadDepartmentsNamedIn('各县（市、区）人民政府、忻州经济开发区管委会，各成员单位按照方案做好工作落实。').departments).toEqual([
      '各县（市、区）人民政府',
      '忻州经济开发区管委会',
      '各成员单位',
    ]);
    // 「明确目标任务、时间节点、工作措施和责任部门」 is an object, and 各地 is a place.
    expect(leadDepartmentsNamedIn('6月底前，各地、各相关单位按职责分工要全面摸排，研究制定工作方案，明确目标任务、时间节点、工作措施和责任部门。').departments).toEqual(['各相关单位']);
    expect(leadDepartmentsNamedIn('积极做好政策宣传解读，营造良好的舆论氛围。').departments).toEqual([]);
  });
});

describe('withDerivedLeads', () => {
  it('「A preset row whose source table leaves 牵头 empty takes the departments that the plan\'s text names for that item, marked as derived」', () => {
    const tasks = [
      { content: '市生态环境局要公布超标排放企业名单。', leadDepartments: [] as string[] },
      { content: '市人社局做好职工安置。', leadDepartments: ['市人社局'] },
      { content: '营造良好的舆论氛围。', leadDepartments: [] as string[] },
    ];
    expect(withDerivedLeads(tasks)).toEqual([
      { content: '市生态环境局要公布超标排放企业名单。', leadDepartments: ['市生态环境局'], leadDerived: true },
      tasks[1],
      tasks[2],
    ]);
  });
});
