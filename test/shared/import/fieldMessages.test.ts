import { describe, expect, it } from 'vitest';
import { FieldParser } from '../../../src/shared/import/fieldParse';
import { TARGETS, type TargetKey } from '../../../src/shared/import/targets';

/** Issue 11 item 7: a refused cell's message never shows internals — not Excel's serial, not zod's type names. */
const reason = (target: TargetKey, value: string | number): string => {
  const r = new FieldParser(target).parse(value);
  if (r.ok) throw new Error(`expected ${String(value)} to be refused for ${target}`);
  return r.reason;
};

describe('import cell messages', () => {
  it('quotes a refused date cell as the day it holds, not the serial Excel stores', () => {
    const text = reason('line.plannedExitDate', 10000);
    expect(text).toContain('「1927-05-18」');
    expect(text).not.toContain('10000');
    expect(reason('case.noticeDate', 80000)).toContain('「2119-01-11」');
  });

  it('says a date cell under 计划退出年度 is a date, by its day, and which year to write', () => {
    const text = reason('line.planYear', 44834);
    expect(text).toContain('「2022-09-30」是日期');
    expect(text).toContain('如 2022');
    expect(text).not.toContain('44834');
  });

  it('takes a number under a text field as the text it shows (备注 2, 型号规格 300)', () => {
    expect(new FieldParser('line.notes').parse(2)).toEqual({ ok: true, value: '2' });
    expect(new FieldParser('line.spec').parse(300)).toEqual({ ok: true, value: '300' });
  });

  it('never names a schema type (string, number) or a field id in any refusal', () => {
    const ids = new Set(TARGETS.map((t) => t.field).filter((f) => /[A-Z]/.test(f)));
    for (const t of TARGETS) {
      for (const value of ['abc', 44834, 'x'.repeat(3000), '-5', '２０２２年１３月']) {
        const r = new FieldParser(t.key).parse(value);
        if (r.ok) continue;
        const outsideQuote = r.reason.replace(/「[^」]*」/g, '');
        expect(outsideQuote, `${t.key} ← ${String(value).slice(0, 12)}`).not.toMatch(/string|number|boolean|invalid|expected/i);
        for (const id of ids) expect(outsideQuote).not.toContain(id);
      }
    }
  });
});
