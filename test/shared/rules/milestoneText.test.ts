import { describe, expect, it } from 'vitest';
import { guessMilestoneKind, parseMilestoneText } from '../../../src/shared/rules/milestoneText';

describe('a superior’s list of milestones as text', () => {
  it('reads CSV without a header in the order 名称, 完成时间, 责任单位, 文号', () => {
    const r = parseMilestoneText('"报送年度工作总结",11月底,"县工信局, 县发改局",忻淘汰办〔2020〕1号\r\n', 2020);
    expect(r).toEqual({
      ok: true,
      rows: [{ line: 1, name: '报送年度工作总结', kind: '年度总结', due: '11月底', owner: '县工信局, 县发改局', documentNumber: '忻淘汰办〔2020〕1号' }],
    });
  });

  it('follows a header’s column order and reports each bad line', () => {
    const r = parseMilestoneText('完成时间\t工作内容\n7月15日\t排查摸底\n\t缺时间的节点\n13月1日\t上报', 2020);
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, message: '“缺时间的节点”缺少完成时间' },
        { line: 4, message: '完成时间“13月1日”中的月份13无效' },
      ],
    });
  });

  it('guesses the kind from the name', () => {
    expect(guessMilestoneKind('上报摸排落后生产设备情况')).toBe('上报摸排情况');
    expect(guessMilestoneKind('现场检查和考核验收')).toBe('现场验收');
    expect(guessMilestoneKind('召开推进会')).toBe('其他');
  });
});
