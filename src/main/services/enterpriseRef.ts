import { checkCreditCode } from '../../shared/creditCode';
import { cleanText } from '../../shared/normalise/text';
import type { Enterprise } from '../../shared/entities/enterprise';
import { enterprisesByName, enterprisesByUscc } from '../db/repositories/enterprises';
import type { ServiceContext } from './context';

/** The field a grid sends when the user typed or pasted an enterprise instead of picking an id. */
export const ENTERPRISE_REF = 'enterpriseName';

/** Text that is meant as a credit code: no Chinese, mostly letters and digits, about 18 long. */
function looksLikeCreditCode(text: string): boolean {
  return /^[0-9A-Za-z\s]{15,22}$/.test(text) && /\d/.test(text);
}

/**
 * The one enterprise among `found` a reference means. In a city ledger a name or a code can be
 * held by several counties: the row's own county decides where it is known, and a reference
 * that still names firms of two counties is refused rather than tied to either (issue 16).
 */
function pick(found: Enterprise[], county: string | undefined, what: string): { enterprise?: Enterprise; error?: string } {
  const own = county === undefined ? found : found.filter((e) => e.county === county);
  const candidates = own.length ? own : found;
  const counties = [...new Set(candidates.map((e) => e.county))];
  if (counties.length > 1) {
    return { error: `${what}在${counties.map((c) => c || '（未标县）').join('、')}都有登记，请在该县的企业名录中打开企业后添加，以免记到别县的同名企业上` };
  }
  return candidates[0] ? { enterprise: candidates[0] } : {};
}

/**
 * Replaces `enterpriseName` (a name or a credit code, as a bureau's sheet has it) by the
 * `enterpriseId` of the live enterprise it names. A malformed code gets the credit-code message;
 * an unknown name says what to do. `county`: the county of the row being edited, when known.
 */
export function resolveEnterpriseRef(
  ctx: ServiceContext,
  raw: Record<string, unknown>,
  county?: string,
): { values: Record<string, unknown>; error?: { field: string; message: string } } {
  if (!(ENTERPRISE_REF in raw)) return { values: raw };
  const { [ENTERPRISE_REF]: ref, ...values } = raw;
  const text = typeof ref === 'string' || typeof ref === 'number' ? cleanText(String(ref)) : '';
  const fail = (message: string) => ({ values, error: { field: ENTERPRISE_REF, message: `「所属企业」${message}` } });
  if (text === '') return fail('不能为空，请填写企业名称或统一社会信用代码');
  if (looksLikeCreditCode(text)) {
    const check = checkCreditCode(text);
    if (!check.ok) return fail(check.error);
    const hit = pick(enterprisesByUscc(ctx.db, check.code), county, `统一社会信用代码 ${check.code} `);
    if (hit.error) return fail(hit.error);
    if (!hit.enterprise) return fail(`找不到统一社会信用代码为 ${check.code} 的企业，请先在企业名录中登记`);
    return { values: { ...values, enterpriseId: hit.enterprise.id } };
  }
  const hit = pick(enterprisesByName(ctx.db, text), county, `「${text}」`);
  if (hit.error) return fail(hit.error);
  if (!hit.enterprise) return fail(`找不到名为「${text}」的企业，请先在企业名录中登记，或填写其统一社会信用代码`);
  return { values: { ...values, enterpriseId: hit.enterprise.id } };
}
