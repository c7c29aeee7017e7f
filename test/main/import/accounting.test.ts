import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_DAY, memoryContext, tickingClock } from '../../support/db';
import { importFile } from '../../support/importPipeline';

/**
 * Every row below the header is accounted for: added + updated + unchanged + refused + skipped
 * = the rows below the header (importFile checks that sum against SheetJS's reading of the file
 * on every fixture; here on a sheet as messy as a county's).
 */
const rows: (string | number | null)[][] = [
  ['某县落后产能退出台账'],
  ['序号', '企业名称', '乡镇', '设备名称', '数量'],
  [1, '甲钢铁有限公司', '城关镇', '中频炉', 2],
  [],
  ['一、', '小计', null, null, 2],
  ['序号', '企业名称', '乡镇', '设备名称', '数量'],
  [2, '乙水泥有限公司', '北关镇', '水泥磨机', 1],
  [3, null, null, null, 'x'],
  ['合计', null, null, null, 3],
  ['填报说明：数量以台计'],
  [],
  ['填表人：张三'],
];

let ctx = memoryContext(tickingClock(IMPORT_DAY));
afterEach(() => {
  ctx = memoryContext(tickingClock(IMPORT_DAY));
});

describe('every row below the header is accounted for', () => {
  it.each(['xlsx', 'csv'] as const)('a messy .%s: 2 added, 1 refused, 7 skipped of 10', (format) => {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    const data =
      format === 'csv' ? Buffer.from(XLSX.utils.sheet_to_csv(ws), 'utf8') : (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const { plan } = importFile(ctx, data, `台账.${format}`);
    expect(plan.counts).toMatchObject({ sourceRows: 10, new: 2, update: 0, unchanged: 0, error: 1, skipped: 7 });
  });

  it('importing the same file again: 2 unchanged instead of added, the same total', () => {
    const data = Buffer.from(XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(rows)), 'utf8');
    importFile(ctx, data, '台账.csv');
    const { plan } = importFile(ctx, data, '台账.csv');
    expect(plan.counts).toMatchObject({ sourceRows: 10, new: 0, unchanged: 2, error: 1, skipped: 7 });
  });
});
