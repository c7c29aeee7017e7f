import { checkCreditCode } from '../../shared/creditCode';
import { cleanText } from '../../shared/normalise/text';
import { findEnterpriseByName, findEnterpriseByUscc } from '../db/repositories/enterprises';
import type { ServiceContext } from './context';

/** The field a grid sends when the user typed or pasted an enterprise instead of picking an id. */
export const ENTERPRISE_REF = 'enterpriseName';

/** Text that is meant as a credit code: no Chinese, mostly letters and digits, about 18 long. */
function looksLikeCreditCode(text: string): boolean {
  return /^[0-9A-Za-z\s]{15,22}$/.test(text) && /\d/.test(text);
}

/**
 * Replaces `enterpriseName` (a name or a credit code, as a bureau's sheet has it) by the
 * `enterpriseId` of the live enterprise it names. A malformed code gets the credit-code message;
 * an unknown name says what to do.
 */
export function resolveEnterpriseRef(
  ctx: ServiceContext,
  raw: Record<string, unknown>,
): { values: Record<string, unknown>; error?: { field: string; message: string } } {
  if (!(ENTERPRISE_REF in raw)) return { values: raw };
  const { [ENTERPRISE_REF]: ref, ...values } = raw;
  const text = typeof ref === 'string' || typeof ref === 'number' ? cleanText(String(ref)) : '';
  const fail = (message: string) => ({ values, error: { field: ENTERPRISE_REF, message: `「所属企业」${message}` } });
  if (text === '') return fail('不能为空，请填写企业名称或统一社会信用代码');
  if (looksLikeCreditCode(text)) {
    const check = checkCreditCode(text);
    if (!check.ok) return fail(check.error);
    const holder = findEnterpriseByUscc(ctx.db, check.code);
    if (!holder) return fail(`找不到统一社会信用代码为 ${check.code} 的企业，请先在企业名录中登记`);
    return { values: { ...values, enterpriseId: holder.id } };
  }
  const byName = findEnterpriseByName(ctx.db, text);
  if (!byName) return fail(`找不到名为「${text}」的企业，请先在企业名录中登记，或填写其统一社会信用代码`);
  return { values: { ...values, enterpriseId: byName.id } };
}
