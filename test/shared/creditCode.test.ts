import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar, normaliseCreditCode } from '../../src/shared/creditCode';

describe('统一社会信用代码', () => {
  it('accepts a real code whose check character matches (华为 914403001922038216)', () => {
    expect(checkCreditCode('914403001922038216')).toEqual({ ok: true, code: '914403001922038216' });
  });

  it('computes the check character with the GB 32100-2015 weights', () => {
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(creditCodeCheckChar('92370500MA3P1234A')).toBe('N');
  });

  it('normalises lower case, inner spaces and full-width characters', () => {
    expect(normaliseCreditCode(' 9237 0500ma3p1234an ')).toBe('92370500MA3P1234AN');
    expect(normaliseCreditCode('９１４４０３００１９２２０３８２１６')).toBe('914403001922038216');
  });

  it('warns, without rejecting, when only the check character is wrong', () => {
    const r = checkCreditCode('914403001922038217');
    expect(r.ok).toBe(true);
    expect(r.ok && r.warning).toMatch(/校验位不符.*应为「6」/);
  });

  it('rejects a code of the wrong length with a Chinese message', () => {
    const r = checkCreditCode('12345');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toContain('应为18位，当前为5位');
  });

  it('rejects the letters I, O, Z, S and V', () => {
    const r = checkCreditCode('91440300192203821O');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('「O」');
  });
});
