import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../src/main/import/read';
import { writeZip, xlsxParts } from '../../support/zipWriter';

const rowsOf = (data: Uint8Array, name: string) => readSpreadsheet(data, name).sheets[0]!.rows;

describe('reading CSV', () => {
  const text = '企业名称,乡镇\r\n甲公司,城关镇\r\n';
  const expected = [['企业名称', '乡镇'], ['甲公司', '城关镇']];

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['UTF-8 without BOM', Buffer.from(text), 'utf-8'],
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
    ['UTF-16LE (Unicode 文本)', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text.replace(/,/g, '\t'), 'utf-16le')]), 'utf-16le'],
  ])('%s', (_name, data, encoding) => {
    const wb = readSpreadsheet(data, 'a.csv');
    expect(wb.encoding).toBe(encoding);
    expect(wb.sheets[0]!.rows).toEqual(expected);
  });

  it('takes GB18030 text that happens to contain rare characters, and keeps quoted commas, quotes and line breaks', () => {
    const csv = '名称,备注\n"甲,乙公司","他说""好""\n第二行"\n="0123",x\n';
    expect(rowsOf(iconv.encode(csv, 'gb18030'), 'a.csv')).toEqual([
      ['名称', '备注'],
      ['甲,乙公司', '他说"好"\n第二行'],
      ['0123', 'x'],
    ]);
  });
});

describe('reading .xlsx', () => {
  it('reads shared strings without phonetic runs, escapes, prefixed elements, numbers and merges', () => {
    const sst = `<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <x:si><x:t>企业名称</x:t></x:si>
      <x:si><x:r><x:t>甲</x:t></x:r><x:r><x:rPr/><x:t xml:space="preserve">公司 &amp; 厂</x:t></x:r><x:rPh sb="0" eb="1"><x:t>コウ</x:t></x:rPh></x:si>
      <x:si><x:t>line_x000D_break</x:t></x:si></x:sst>`;
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>
      <x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="2"><x:f>1+1</x:f><x:v>45306</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c><x:c r="D3" s="1"/></x:row>
      </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const parts = xlsxParts(sheet, [{ name: 'xl/sharedStrings.xml', data: Buffer.from(sst) }]).map((p) =>
      p.name === 'xl/_rels/workbook.xml.rels'
        ? { ...p, data: Buffer.from(p.data.toString().replace('</Relationships>', '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>')) }
        : p,
    );
    const wb = readSpreadsheet(writeZip(parts), 'a.xlsx');
    expect(wb.sheets[0]!.rows).toEqual([
      ['企业名称', null, 'line\rbreak'],
      [null, null, null],
      ['甲公司 & 厂', 45306, 'TRUE'],
    ]);
    expect(wb.sheets[0]!.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }]);
  });

  it('reads what SheetJS writes, every sheet, with dates as serial numbers', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['企业名称', '日期'], ['甲公司', new Date(Date.UTC(2024, 0, 15))]], { cellDates: true }), '台账');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明']]), '说明');
    const data = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
    const read = readSpreadsheet(data, 'a.xlsx');
    expect(read.sheets.map((s) => s.name)).toEqual(['台账', '说明']);
    expect(read.sheets[0]!.rows[1]).toEqual(['甲公司', 45306]);
  });
});

describe('reading .xls', () => {
  it('reads a BIFF8 workbook with its merges', () => {
    const ws = XLSX.utils.aoa_to_sheet([['标题', null], ['企业名称', '产能'], ['甲公司', 50]]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    const read = readSpreadsheet(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer, 'a.xls');
    expect(read.format).toBe('xls');
    expect(read.sheets[0]!.rows).toEqual([['标题', null], ['企业名称', '产能'], ['甲公司', 50]]);
    expect(read.sheets[0]!.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }]);
  });
});

describe('a quoted cell over several lines is still one cell', () => {
  it('when its lines are short text, even in a table of many columns', () => {
    const csv = '企业名称,地址,设备名称,数量,单位\n甲公司,"城关镇\n建设路 8 号",中频炉,2,台\n"乙公司\n（原丙厂）",北关镇,冲天炉,1,台\n';
    expect(rowsOf(Buffer.from(csv), 'a.csv')).toEqual([
      ['企业名称', '地址', '设备名称', '数量', '单位'],
      ['甲公司', '城关镇\n建设路 8 号', '中频炉', '2', '台'],
      ['乙公司\n（原丙厂）', '北关镇', '冲天炉', '1', '台'],
    ]);
  });
});

describe('crafted but valid XML keeps every cell', () => {
  it('a ">" inside an attribute value does not end the tag', () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1" x14ac:note="a>b"><c r="A1" t="inlineStr" custom="1>0"><is><t>企业名称</t></is></c><c r="B1" t="inlineStr"><is><t>乡镇</t></is></c></row>
      <row r="2"><c r="A2" t="inlineStr" data-x='>>'><is><t>甲公司</t></is></c><c r="B2" t="inlineStr"><is><t>城关镇</t></is></c></row>
      </sheetData></worksheet>`;
    expect(readSpreadsheet(writeZip(xlsxParts(sheet)), 'a.xlsx').sheets[0]!.rows).toEqual([
      ['企业名称', '乡镇'],
      ['甲公司', '城关镇'],
    ]);
  });
});
