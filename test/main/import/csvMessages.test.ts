import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFileData } from '../../../src/main/import/parse';

/**
 * Issue 11 item 7: a CSV in an encoding the reader does not take gets a message that says so and
 * names the encodings it reads (not 「还没有对应任何字段」 over a table of wrong characters); a NUL
 * character inside a cell is reported at its cell, not as 「不是电子表格」.
 */
const ZH = '序号,企业名称,设备名称,产能,产能单位,计划退出时间\r\n1,阳谷县鑫达铸造（集团）有限公司,中频炉,30万吨,万吨/年,2022年10月底前\r\n2,阳谷县华通水泥有限责任公司,水泥磨机,60,万吨,2022年12月\r\n';
const JA = '番号,企業名,設備名,生産能力\r\n1,株式会社ヤマダ鋳造,誘導炉,30万トン\r\n2,東京セメント株式会社,セメントミル,60\r\n';
const FR = 'Numéro,Entreprise,Équipement,Capacité\r\n1,Société Générale Fonderie,Four à induction,30\r\n2,Ciments Français Zürich,Broyeur,60\r\n';

const READS = 'UTF-8、GB18030（含 GBK、GB2312）和 UTF-16';

describe('CSV encodings the reader does not take', () => {
  it.each([
    ['Big5', iconv.encode(ZH, 'big5'), 'Big5（繁体中文）'],
    ['Shift-JIS', iconv.encode(JA, 'shift_jis'), 'Shift-JIS（日文）'],
    ['Latin-1', iconv.encode(FR, 'latin1'), 'Latin-1（西文）'],
  ])('a %s file is refused by name, with the encodings that are read', (_name, data, named) => {
    expect(() => parseFileData(data, '台账.csv')).toThrow(`文件「台账.csv」的文字编码看来是 ${named}，导入只读取 ${READS} 编码的 CSV`);
  });

  it('still reads the same sheet saved as GB18030, and as GBK with a few traditional characters in it', () => {
    expect(parseFileData(iconv.encode(ZH, 'gb18030'), '台账.csv').encoding).toBe('gb18030');
    const mixed = ZH.replace('华通水泥有限责任公司', '華通水泥有限責任公司');
    const parsed = parseFileData(iconv.encode(mixed, 'gbk'), '台账.csv');
    expect(parsed.sheets[0]!.table!.rows.length).toBe(2);
  });

  it('reads a GBK file written all in traditional characters as GBK, not as Big5 (the same text in Big5 is still refused)', () => {
    const traditional = '序號,企業名稱,設備名稱,產能,產能單位,計劃退出時間\r\n1,陽谷縣鑫達鑄造（集團）有限公司,中頻爐,30萬噸,萬噸/年,2022年10月底前\r\n2,陽谷縣華通水泥有限責任公司,水泥磨機,60,萬噸,2022年12月\r\n';
    const parsed = parseFileData(iconv.encode(traditional, 'gbk'), '台账.csv');
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.sheets[0]!.table!.rows.map((r) => r.cells[1])).toEqual(['陽谷縣鑫達鑄造（集團）有限公司', '陽谷縣華通水泥有限責任公司']);
    expect(() => parseFileData(iconv.encode(traditional, 'big5'), '台账.csv')).toThrow('Big5（繁体中文）');
  });
});

describe('a NUL character inside a CSV cell', () => {
  it('is reported at its row and column, not as 「不是电子表格」', () => {
    const text = ZH.replace('中频炉', '中频\u0000炉');
    for (const data of [Buffer.from(text, 'utf8'), iconv.encode(text, 'gb18030')]) {
      let message = '';
      try {
        parseFileData(data, '台账.csv');
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toContain('第 2 行 C 列的单元格中有空字符（NUL');
      expect(message).not.toContain('不是电子表格');
    }
  });

  it('a file of zero bytes throughout (binary, or UTF-16 without its mark) is still no spreadsheet', () => {
    expect(() => parseFileData(Buffer.from(iconv.encode(ZH, 'utf16le')), '台账.csv')).toThrow('不是电子表格');
  });
});
