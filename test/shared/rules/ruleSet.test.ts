import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  describeMaxExtension,
  describeRulePeriod,
  parseRuleSetFile,
  ruleFor,
  serializeRuleSet,
  type RuleSet,
} from '../../../src/shared/rules/ruleSet';

const nationalText = readFileSync(new URL('../../../resources/rules/national.json', import.meta.url), 'utf8');

function national(): RuleSet {
  const r = parseRuleSetFile(nationalText);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the national default rule set', () => {
  it('matches the table of domain.md', () => {
    const set = national();
    const row = (d: Parameters<typeof ruleFor>[1]) => {
      const rule = ruleFor(set, d);
      return [describeRulePeriod(rule.period), describeMaxExtension(rule.maxExtension)];
    };
    expect(row('能耗')).toEqual(['6个月', '不超过3个月']);
    expect(row('环保')).toEqual(['由决定/命令确定', '不超过3个月']);
    expect(row('质量')).toEqual(['6个月', '不予延期']);
    expect(row('安全')).toEqual(['由决定/命令确定', '不予延期']);
    expect(row('技术')).toEqual(['由决定/命令确定', '不予延期']);
  });

  it('limits 限制生产 to 3 months and lists both environmental measures', () => {
    const env = ruleFor(national(), '环保');
    expect(env.measures.map((m) => m.name)).toEqual(['限制生产', '停产整治']);
    expect(env.measures[0]?.periodLimit).toEqual({ months: 3 });
  });

  it('cites a source for every legal basis', () => {
    for (const rule of Object.values(national().dimensions)) {
      for (const basis of rule.legalBasis) expect(basis.source).toMatch(/〔20\d\d〕|工作方案|部令/);
    }
  });
});

describe('parseRuleSetFile', () => {
  const edited = (change: (data: Record<string, any>) => void): string => {
    const data = JSON.parse(nationalText) as Record<string, any>;
    change(data);
    return JSON.stringify(data);
  };

  it('round-trips an exported rule set', () => {
    const r = parseRuleSetFile(serializeRuleSet(national()));
    expect(r).toEqual({ ok: true, value: national() });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseRuleSetFile(`\uFEFF${nationalText}`).ok).toBe(true);
  });

  it('says where a file stops being JSON', () => {
    const r = parseRuleSetFile('{\n  "name": "x",\n  "region" "全国"\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^规则集文件不是有效的 JSON（第3行第\d+列附近）/);
  });

  it('names a wrong period by its Chinese path', () => {
    const r = parseRuleSetFile(edited((d) => (d.dimensions['能耗'].period = { month: 6 })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('维度 › 能耗 › 整改期限：应写作 {"months": 月数} 或 {"days": 天数}');
  });

  it('lists every wrong field, including a missing dimension and an unknown key', () => {
    const r = parseRuleSetFile(
      edited((d) => {
        delete d.dimensions['质量'];
        d.dimensions['能耗'].maxExtension = { months: 0 };
        d.dimensions['安全'].legalBasis[1].source = '';
        d.author = '某县';
        d.version = 3;
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(/^规则集文件有5处错误：/);
    expect(r.error.message).toContain('维度 › 质量：缺少此项');
    expect(r.error.message).toContain('维度 › 能耗 › 最长延期');
    expect(r.error.message).toContain('维度 › 安全 › 依据 › 第2项 › 出处：不能为空');
    expect(r.error.message).toContain('文件整体：不认识的字段 author');
    expect(r.error.message).toContain('版本：应为文字');
  });
});
