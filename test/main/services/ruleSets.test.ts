import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/main/services/context';
import {
  activateRuleSet,
  activeRuleSet,
  deleteRuleSet,
  exportRuleSet,
  getRuleSetRecord,
  importRuleSet,
  listRuleSets,
  restoreDefaultRuleSet,
  saveRuleSet,
} from '../../../src/main/services/ruleSets';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { registerCase, transitionCase } from '../../../src/main/services/caseWorkflow';
import { harnessShell } from '../../../src/main/harness/shellPort';
import { serializeRuleSet } from '../../../src/shared/rules/ruleSet';
import { memoryContext } from '../../support/db';

describe('rule sets', () => {
  it('ships the national default as the active rule set', () => {
    const ctx = memoryContext();
    expect(listRuleSets(ctx)).toMatchObject([{ name: '国家默认规则集', region: '全国', builtin: true, active: true }]);
    expect(activeRuleSet(ctx).dimensions.能耗.maxExtension).toEqual({ months: 3 });
  });

  it('imports a province’s file, activates it, and its rules govern the next step', () => {
    const ctx = memoryContext(new Date('2023-06-01T02:00:00Z'));
    const province = structuredClone(getRuleSetRecord(ctx).ruleSet);
    province.name = '某省规则集';
    province.region = '某省';
    province.dimensions.能耗.maxExtension = { months: 1 };
    const imported = importRuleSet(ctx, serializeRuleSet(province), true);
    expect(imported).toMatchObject({ name: '某省规则集', active: true, builtin: false });
    expect(importRuleSet(ctx, serializeRuleSet(province)).id).toBe(imported.id);

    const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row.id;
    const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
    transitionCase(ctx, { id, transition: 'issue-notice', date: '2023-04-01' });
    expect(() => transitionCase(ctx, { id, transition: 'request-extension', date: '2023-05-01', extension: { months: 2 } })).toThrow(
      '申请延期2个月超过规定：延期不超过1个月',
    );
  });

  it('names every wrong field of an imported file in Chinese', () => {
    const ctx = memoryContext();
    expect(() => importRuleSet(ctx, '{"name": "x"}')).toThrow(/规则集文件有\d+处错误：\n适用地区：缺少此项/);
    expect(() => importRuleSet(ctx, '{oops')).toThrow(/不是有效的 JSON/);
  });

  it('edits, refuses to delete the builtin or the active set, restores the default, and exports to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-rules-'));
    const base = memoryContext();
    const ctx = createContext(base.db, { dbPath: ':memory:', shell: harnessShell(dir) });
    const national = getRuleSetRecord(ctx);
    const edited = structuredClone(national.ruleSet);
    edited.dimensions.质量.maxExtension = { months: 2 };
    expect(saveRuleSet(ctx, national.id, edited).ruleSet.dimensions.质量.maxExtension).toEqual({ months: 2 });
    expect(() => saveRuleSet(ctx, national.id, { ...edited, version: '' })).toThrow(/版本：不能为空/);
    expect(() => deleteRuleSet(ctx, national.id)).toThrow(/内置规则集，不能删除/);
    expect(restoreDefaultRuleSet(ctx).ruleSet.dimensions.质量.maxExtension).toBe('none');

    const copy = saveRuleSet(ctx, undefined, { ...edited, name: '副本' });
    activateRuleSet(ctx, copy.id);
    expect(() => deleteRuleSet(ctx, copy.id)).toThrow(/当前使用的规则集/);
    activateRuleSet(ctx, national.id);
    expect(deleteRuleSet(ctx, copy.id)).toEqual({ deleted: true });

    const { file } = await exportRuleSet(ctx, national.id);
    expect(file).toMatch(/规则集-全国-国家默认规则集-2017\.1\.json$/);
    expect(JSON.parse(readFileSync(file!, 'utf8'))).toMatchObject({ name: '国家默认规则集' });
  });
});
