import { describe, expect, it } from 'vitest';
import { isFormulaLike } from '../../../src/shared/reports/cellSafety';

describe('isFormulaLike', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-工频炉', '@SUM(A1)', '\t=1', '\r=1'])('%j would be read as a formula', (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });
  it.each(['示例县宏达铸造有限公司', '2吨', '１＝１', ' =1', ''])('%j is plain text', (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });
});
