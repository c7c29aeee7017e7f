import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../src/shared/normalise/text';
import { EnterpriseDraft, EnterprisePatch } from '../../../src/shared/entities/enterprise';

describe('enterprise schemas', () => {
  it('trims text, folds full-width characters and turns blanks into null', () => {
    const r = EnterpriseDraft.parse({ name: '  鑫达铸造  ', town: '', industry: '　铸造', phone: '０５３１－８８８８' });
    expect(r).toMatchObject({ name: '鑫达铸造', town: null, industry: '铸造', phone: '0531-8888' });
  });

  it('keeps the user\'s characters: full-width brackets stay as written, matching normalises (issue 11)', () => {
    expect(EnterpriseDraft.parse({ name: ' 阳谷县鑫达铸造（集团）有限公司（二号） ' }).name).toBe('阳谷县鑫达铸造（集团）有限公司（二号）');
    expect(matchKey('鑫达铸造（集团） 有限公司')).toBe(matchKey('鑫达铸造(集团)有限公司'));
  });

  it('requires a name', () => {
    expect(EnterpriseDraft.safeParse({ name: '   ' }).success).toBe(false);
    expect(EnterpriseDraft.safeParse({ uscc: '914403001922038216' }).success).toBe(false);
  });

  it('normalises a credit code on the way in', () => {
    expect(EnterprisePatch.parse({ uscc: '9144 0300 1922 0382 16' }).uscc).toBe('914403001922038216');
  });

  it('limits status and performance class to their lists, with the choices in the message', () => {
    const r = EnterprisePatch.safeParse({ status: '营业' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('在产');
    expect(EnterprisePatch.safeParse({ performanceClass: 'E' }).success).toBe(false);
    expect(EnterprisePatch.parse({ performanceClass: 'C' }).performanceClass).toBe('C');
  });
});
