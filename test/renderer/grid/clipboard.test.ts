import { describe, expect, it } from 'vitest';
import { planPaste } from '../../../src/renderer/src/grid/pastePlan';
import { parseTsv, toTsv } from '../../../src/renderer/src/grid/tsv';

describe('tab-separated text from Excel and WPS', () => {
  it('reads rows and cells, CRLF or LF, ignoring the final line break', () => {
    expect(parseTsv('鑫达铸造\t中频炉\r\n华通水泥\t水泥磨机\r\n')).toEqual([
      ['鑫达铸造', '中频炉'],
      ['华通水泥', '水泥磨机'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseTsv('a\t\tc\t\r\n\tb\t\t\r\n')).toEqual([
      ['a', '', 'c', ''],
      ['', 'b', '', ''],
    ]);
  });

  it('reads quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"验收意见：\r\n已拆除"\t"Φ3.2m ""新"""\r\nx\ty')).toEqual([
      ['验收意见：\r\n已拆除', 'Φ3.2m "新"'],
      ['x', 'y'],
    ]);
  });

  it('writes what it reads back the same', () => {
    const rows = [
      ['鑫达铸造有限公司', '备注\t含制表符', '引号"在此"'],
      ['', '两行\n文字', '2022-07-01'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});

describe('where a pasted block lands', () => {
  const columns = [
    { field: 'enterpriseName', editable: true },
    { field: 'name', editable: true },
    { field: 'updatedAt', editable: false },
    { field: 'notes', editable: true },
  ];

  it('fills across and down from the anchor, adding rows past the end', () => {
    const plan = planPaste(
      [
        ['中频炉', 'x', '备注1'],
        ['冲天炉', 'y', '备注2'],
        ['电弧炉', 'z', '备注3'],
      ],
      { rowKeys: ['7', '9'], columns, anchorRow: 0, anchorCol: 1 },
    );
    expect([...plan.existing]).toEqual([
      ['7', { name: '中频炉', notes: '备注1' }],
      ['9', { name: '冲天炉', notes: '备注2' }],
    ]);
    expect(plan.added).toEqual([{ name: '电弧炉', notes: '备注3' }]);
    expect(plan.skippedReadOnly).toBe(3);
  });

  it('counts cells that fall past the last column instead of dropping them silently', () => {
    const plan = planPaste([['a', 'b', 'c']], { rowKeys: ['1'], columns, anchorRow: 0, anchorCol: 2 });
    expect(plan.existing.get('1')).toEqual({ notes: 'b' });
    expect(plan.skippedReadOnly).toBe(1);
    expect(plan.skippedOutside).toBe(1);
  });
});
