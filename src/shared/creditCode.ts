/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, Z, S, V; the
 * 18th is a check character over the first 17. Some early pilot-region codes fail the check, so
 * a failed check is a warning, never a rejection (docs/domain.md).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Upper-case, half-width, with every space (including full-width U+3000) removed. */
export function normaliseCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

export function isWellFormedCreditCode(code: string): boolean {
  return FORMAT.test(code);
}

/** The check character the first 17 characters call for. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeCheck =
  | { ok: true; code: string; warning?: string }
  | { ok: false; code: string; error: string };

/** Normalises and checks a code; the message is what the user reads. */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) {
    return { ok: false, code, error: `统一社会信用代码应为18位，当前为${code.length}位，请核对后重新填写` };
  }
  if (!isWellFormedCreditCode(code)) {
    const bad = [...code].filter((c) => !ALPHABET.includes(c));
    return {
      ok: false,
      code,
      error: `统一社会信用代码含有不允许的字符「${[...new Set(bad)].join('')}」（只能是数字和除 I、O、Z、S、V 以外的大写字母）`,
    };
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) {
    return {
      ok: true,
      code,
      warning: `统一社会信用代码校验位不符（按前17位应为「${expected}」），已保存；早期试点地区的代码可能如此，请与营业执照核对`,
    };
  }
  return { ok: true, code };
}
