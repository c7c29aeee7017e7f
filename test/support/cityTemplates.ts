import type { TemplateCell, TemplateSpec } from './fods';

/** The acceptance template: a two-row merged header, 15 blank rows, 合计 and footnotes. */
export function cityTemplate(): TemplateSpec {
  const blank = (style: 'body') => ({ cells: [] as TemplateCell[], style });
  return {
    name: '退出情况',
    widthsCm: [1.2, 5.5, 4.6, 2.8, 3.4, 1.6, 1.8, 1.8, 2.6, 2.6],
    headerRows: [2, 3],
    rows: [
      { cells: ['某某市2026年落后产能退出情况统计表'], style: 'title', heightCm: 1.2 },
      { cells: ['填报单位（盖章）：', null, null, null, null, null, '填报日期：'], style: 'info' },
      { cells: ['序号', '企业名称', '统一社会信用代码', '乡镇（街道）', '落后设备（生产线）', null, '退出产能', null, '退出日期', '备注'], style: 'header', heightCm: 0.8 },
      { cells: [null, null, null, null, '名称', '数量', '数值', '单位'], style: 'header', heightCm: 0.8 },
      ...Array.from({ length: 15 }, () => blank('body')),
      { cells: ['合计'], style: 'total' },
      { cells: ['填报说明：1．本表填报本年度已退出的落后产能；2．产能单位按《产业结构调整指导目录》所列填写。'], style: 'note', heightCm: 1.1 },
      { cells: ['填表人：', null, null, null, null, '联系电话：'], style: 'note' },
    ],
    merges: [
      [0, 0, 0, 9],
      [1, 0, 1, 3],
      [1, 6, 1, 9],
      [2, 0, 3, 0],
      [2, 1, 3, 1],
      [2, 2, 3, 2],
      [2, 3, 3, 3],
      [2, 4, 2, 5],
      [2, 6, 2, 7],
      [2, 8, 3, 8],
      [2, 9, 3, 9],
      [19, 0, 19, 3],
      [20, 0, 20, 9],
      [21, 0, 21, 3],
      [21, 5, 21, 9],
    ],
  };
}

/**
 * The city's 附件2 of issue 13, as a LibreOffice user made it: 附件2 label, a title naming its
 * year, 县（市、区）, a two-row header with 名称 and 数量（台/套） under 落后生产设备（生产线）, tall
 * header rows, 15 blank rows, 合计 and a 填报说明 that lists the allowed exit methods.
 */
export function annexTwoTemplate(): TemplateSpec {
  return {
    name: '附件2',
    widthsCm: [1.2, 2.6, 5.2, 3.2, 2.0, 2.4, 2.6, 3.0],
    headerRows: [2, 3],
    rows: [
      { cells: ['附件2'], style: 'info' },
      { cells: ['聊城市2022年落后产能退出情况表'], style: 'title', heightCm: 1.3 },
      { cells: ['序号', '县（市、区）', '企业名称', '落后生产设备（生产线）', null, '产能（万吨）', '退出方式', '备注'], style: 'header', heightCm: 1.1 },
      { cells: [null, null, null, '名称', '数量（台/套）'], style: 'header', heightCm: 1.6 },
      ...Array.from({ length: 15 }, () => ({ cells: [] as TemplateCell[], style: 'body' as const, heightCm: 0.9 })),
      { cells: ['合计'], style: 'total' },
      { cells: ['填报说明：1．退出方式填写“拆除”“封存”或“关停”；2．产能以万吨计。'], style: 'note', heightCm: 1.2 },
    ],
    merges: [
      [1, 0, 1, 7],
      [2, 0, 3, 0],
      [2, 1, 3, 1],
      [2, 2, 3, 2],
      [2, 3, 2, 4],
      [2, 5, 3, 5],
      [2, 6, 3, 6],
      [2, 7, 3, 7],
      [19, 0, 19, 2],
      [20, 0, 20, 7],
    ],
  };
}
