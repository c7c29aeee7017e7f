/**
 * Findings as county bureaus write them, one per dimension, with the standard, the measure and
 * the department the seeds assign. Used for screenshots and end-to-end tests.
 */
export const SAMPLE_CASES = [
  {
    industry: '铸造',
    dimension: '技术',
    source: '排查摸底',
    noticeDate: '2026年3月2日',
    standard: '产业结构调整指导目录（2024年本）',
    description: '使用用于地条钢冶炼的中频感应炉2台，属淘汰类落后生产工艺装备',
    measure: '立即拆除',
    leadDepartment: '县工信局',
  },
  {
    industry: '水泥',
    dimension: '能耗',
    source: '节能监察',
    noticeDate: '2026.1.15',
    standard: 'GB16780-2021 水泥单位产品能源消耗限额',
    description: '熟料单位产品综合能耗超过限额标准',
    measure: '限期整改',
    leadDepartment: '县发改局',
  },
  {
    industry: '印染',
    dimension: '环保',
    source: '执法检查',
    noticeDate: '2026/2/20',
    standard: 'GB4287-2012 纺织染整工业水污染物排放标准',
    description: '定型机废气收集处理设施未正常运行，排放超标',
    measure: '限制生产',
    leadDepartment: '县生态环境分局',
  },
  {
    industry: '钢丝绳',
    dimension: '质量',
    source: '监督抽查',
    noticeDate: '2025-12-08',
    standard: 'GB/T 20118-2017 钢丝绳通用技术条件',
    description: '产品质量监督抽查不合格（破断拉力不达标）',
    measure: '停产整改',
    leadDepartment: '县市场监管局',
  },
  {
    industry: '钢丝绳',
    dimension: '安全',
    source: '执法检查',
    noticeDate: '2026年2月6日',
    standard: 'GB 30871-2022 危险化学品企业特殊作业安全规范',
    description: '酸洗车间盐酸储罐未设置围堰和泄漏报警',
    measure: '限期改正',
    leadDepartment: '县应急局',
  },
] as const;
