import * as XLSX from 'xlsx';
import { creditCodeCheckChar } from '../../src/shared/creditCode';

/**
 * A county sheet as offices send it, for the wizard's end-to-end test: a title and a 填报单位
 * line, a two-row header (退出产能 over 数值 and 单位), a 序号 column, an enterprise merged over
 * its two lines, a date cell and dates as text, a wrong credit code (row 8) and an impossible
 * date (row 9), a 合计 row and footnotes.
 */
const code = (first17: string) => first17 + creditCodeCheckChar(first17);
export const CODES = { xinda: code('91370100MA3C5TQ4X'), huatong: code('91371500MA3N8K7R2'), fengyuan: code('91370800MA3Q2W1E5') };
export const BAD_ROWS = { uscc: 8, date: 9 };

export function countySheetXlsx(): Buffer {
  const rows: (string | number | Date | null)[][] = [
    ['某县2024年落后产能退出工作台账'],
    ['填报单位：某县工业和信息化局（盖章）', null, null, null, null, null, null, null, '填报日期：2024年7月15日'],
    ['序号', '乡镇（街道）', '企业名称', '统一社会信用代码', '设备名称', '型号规格', '退出产能', null, '存在问题维度', '整改通知下达日期', '退出方式', '备注'],
    [null, null, null, null, null, null, '数值', '单位', null, null, null, null],
    [1, '城关镇', '鑫达铸造有限公司', CODES.xinda, '中频炉', 'GW-5t', 5, '万吨', '能耗', new Date(Date.UTC(2024, 0, 15)), '拆除', '首批'],
    [2, null, null, null, '工频炉', '2t', '3万吨', null, '技术', '2024年3月5日', '断水断电', null],
    [3, '柳林镇', '华通水泥有限责任公司', CODES.huatong, '水泥磨机', 'Φ3.2m', '1,200', '吨/日', '环保', '2024.3.5', '关停', null],
    [4, '开发区', '恒昌印染有限公司', '9137 0100 ABC', '定型机', null, 2, '万米', '环保', '2024/03/05', null, null],
    [5, '王庄镇', '永兴钢丝绳厂', null, '酸洗线', null, 1, '万吨', '安全', '2024-02-30', null, null],
    [6, '河口镇', '丰源造纸厂', CODES.fengyuan, '造纸机', '1575mm', 1, '万吨', '环保', '2024-04-01', '拆除', null],
    ['合计', null, null, null, null, null, 1212, null, null, null, null, null],
    [],
    ['填报说明：1.产能按《产业结构调整指导目录》的计量单位填写；2.日期按年月日填写。'],
    ['填表人：张三', null, null, '联系电话：0531-12345678', null, null, '审核人：李四'],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  ws['!merges'] = [
    XLSX.utils.decode_range('A1:L1'),
    XLSX.utils.decode_range('A2:F2'),
    ...['A', 'B', 'C', 'D', 'E', 'F', 'I', 'J', 'K', 'L'].map((c) => XLSX.utils.decode_range(`${c}3:${c}4`)),
    XLSX.utils.decode_range('G3:H3'),
    XLSX.utils.decode_range('B5:B6'),
    XLSX.utils.decode_range('C5:C6'),
    XLSX.utils.decode_range('D5:D6'),
    XLSX.utils.decode_range('A11:F11'),
    XLSX.utils.decode_range('A13:L13'),
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明：本表由各乡镇填报']]), '说明');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', cellDates: true }) as Buffer;
}
