import { describe, expect, it } from 'vitest';
import { allowedValuesInNotes, allowedValuesInValidation, isCountyColumn, translateRows, translateToAllowed } from '../../../src/shared/reports/templateColumns';

describe('template columns', () => {
  it.each(['县（市、区）', '县(市、区)', '县区', '区县', '县（市）', '填报单位', '县市区名称'])('%s takes the county name', (h) => expect(isCountyColumn(h)).toBe(true));
  it.each(['企业名称', '乡镇（街道）', '县级主管部门'])('%s does not', (h) => expect(isCountyColumn(h)).toBe(false));

  it('reads the allowed words a 填报说明 lists for a column', () => {
    const notes = '填报说明：1．退出方式填写“拆除”“封存”或“关停”；2．产能以万吨计。\n填表人：';
    expect(allowedValuesInNotes(notes, '退出方式')).toEqual(['拆除', '封存', '关停']);
    expect(allowedValuesInNotes('说明：退出方式：拆除、封存、关停。', '退出方式')).toEqual(['拆除', '封存', '关停']);
    expect(allowedValuesInNotes(notes, '产能（万吨）')).toBeNull();
    expect(allowedValuesInValidation('"拆除,封存,关停"')).toEqual(['拆除', '封存', '关停']);
    expect(allowedValuesInValidation('$H$2:$H$4')).toBeNull();
  });

  it('translates the ledger value into the allowed list: 关停整个企业 → 关停, 断水断电、拆除动力装置、封存主体设备 → 封存', () => {
    const allowed = ['拆除', '封存', '关停'];
    expect(translateToAllowed('关停整个企业', allowed, 'line.exitMethod')).toBe('关停');
    expect(translateToAllowed('断水断电·拆除动力装置·封存主体设备', allowed, 'line.exitMethod')).toBe('封存');
    expect(translateToAllowed('断水断电、拆除动力装置、封存主体设备', allowed, 'line.exitMethod')).toBe('封存');
    expect(translateToAllowed('拆除', allowed)).toBe('拆除');
    expect(translateToAllowed('转型升级', allowed)).toBeNull();
  });

  it('reports a value with no translation instead of writing it silently', () => {
    const { rows, untranslated } = translateRows([{ 'line.exitMethod': '关停整个企业' }, { 'line.exitMethod': '转型升级' }], [{ target: 'line.exitMethod', column: 6, header: '退出方式', allowed: ['拆除', '封存', '关停'] }]);
    expect(rows.map((r) => r['line.exitMethod'])).toEqual(['关停', '转型升级']);
    expect(untranslated).toEqual([{ row: 1, header: '退出方式', value: '转型升级', allowed: ['拆除', '封存', '关停'] }]);
  });
});
