import { describe, expect, it } from 'vitest';
import { detectTable } from '../../../src/shared/import/table';
import type { Cell, MergeRange, SheetData } from '../../../src/shared/import/types';

const sheet = (rows: Cell[][], merges: MergeRange[] = []): SheetData => ({ name: 'S', rows, merges, hidden: false });
const m = (r0: number, c0: number, r1: number, c1: number): MergeRange => ({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } });

describe('detectTable', () => {
  it('takes the first row as the header when there is nothing above it', () => {
    const t = detectTable(sheet([['企业名称', '乡镇'], ['甲公司', '城关镇']]));
    expect(t.header).toEqual({ firstRow: 1, lastRow: 1 });
    expect(t.rows).toEqual([{ sourceRow: 2, cells: ['甲公司', '城关镇'], section: null }]);
  });

  it('skips a title and a 填报单位 line, and does not take a row of numbers for a header', () => {
    const t = detectTable(sheet([
      ['2024年落后产能退出企业名单', null, null],
      ['填报单位：某县工信局', null, '填报日期：2024年7月1日'],
      ['序号', '企业名称', '产能'],
      [1, '甲公司', 50],
      [2, '乙公司', 30],
    ]));
    expect(t.header.firstRow).toBe(3);
    expect(t.titleRows).toEqual([1]);
    expect(t.titleYear).toBe(2024);
    expect(t.infoRows).toEqual([2]);
    expect(t.columns.map((c) => c.name)).toEqual(['企业名称', '产能']);
  });

  it('joins a parent written once over its children when the file has no merges (CSV)', () => {
    const t = detectTable(sheet([
      ['企业名称', '退出产能', null, '维度'],
      [null, '数值', '单位', null],
      ['甲公司', 50, '万吨', '能耗'],
    ]));
    expect(t.columns.map((c) => c.name)).toEqual(['企业名称', '退出产能/数值', '退出产能/单位', '维度']);
    expect(t.firstDataRow).toBe(3);
  });

  it('copies a vertically merged enterprise down into its lines', () => {
    const t = detectTable(sheet(
      [['企业名称', '设备名称'], ['甲公司', '中频炉'], [null, '工频炉']],
      [m(1, 0, 2, 0)],
    ));
    expect(t.rows.map((r) => r.cells)).toEqual([['甲公司', '中频炉'], ['甲公司', '工频炉']]);
  });

  it('sorts out blank, 合计, 小计, section, repeated header and footnote rows', () => {
    const t = detectTable(sheet([
      ['序号', '企业名称', '产能'],
      [null, '一、钢铁行业', null],
      [1, '甲公司', 50],
      [2, null, null],
      [null, '小 计', 50],
      ['序号', '企业名称', '产能'],
      [3, '乙公司', 20],
      ['合计', null, 70],
      ['注：产能单位为万吨。', null, null],
      ['1.数据截至6月底', null, null],
      ['联系人：张三', null, '电话：123'],
    ], [m(1, 1, 1, 2)]));
    expect(t.rows.map((r) => [r.sourceRow, r.section])).toEqual([[3, '一、钢铁行业'], [7, '一、钢铁行业']]);
    expect(t.sectionRows).toEqual([2]);
    expect(t.blankRows).toEqual([4]);
    expect(t.subtotalRows).toEqual([5]);
    expect(t.repeatedHeaderRows).toEqual([6]);
    expect(t.totalRows).toEqual([8]);
    expect(t.footnoteRows).toEqual([9, 10, 11]);
  });

  it('keeps a data row whose first cell only starts like a footnote word', () => {
    const t = detectTable(sheet([['企业名称', '设备名称'], ['注塑制品厂', '注塑机'], ['说明书印刷厂', '印刷机']]));
    expect(t.rows).toHaveLength(2);
  });

  it('names a column with data but no header by its letter', () => {
    const t = detectTable(sheet([['企业名称', null, '乡镇'], ['甲公司', 'x', '城关镇']]));
    expect(t.columns.map((c) => c.name)).toEqual(['企业名称', '（B列）', '乡镇']);
  });
});

describe('detectTable with the header rows the user chose', () => {
  it('uses them instead of its own guess', () => {
    const s = sheet([['说明', '甲', '乙'], ['企业名称', '设备名称', '产能'], ['甲公司', '中频炉', 5]]);
    expect(detectTable(s).header).toEqual({ firstRow: 2, lastRow: 2 });
    const t = detectTable(s, { firstRow: 1, lastRow: 2 });
    expect(t.header).toEqual({ firstRow: 1, lastRow: 2 });
    expect(t.columns.map((c) => c.name)).toEqual(['说明/企业名称', '甲/设备名称', '乙/产能']);
    expect(t.rows.map((r) => r.sourceRow)).toEqual([3]);
  });
});
