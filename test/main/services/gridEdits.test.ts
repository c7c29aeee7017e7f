import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { listCapacityLines } from '../../../src/main/db/repositories/capacityLines';
import { getEnterprise, listEnterprises } from '../../../src/main/db/repositories/enterprises';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { applyEdits } from '../../../src/main/services/gridEdits';
import { caseTarget, enterpriseTarget, lineTarget } from '../../../src/main/services/gridTargets';
import { updateOptionLists } from '../../../src/main/services/optionLists';
import { listCases } from '../../../src/main/db/repositories/cases';
import { getCaseWorkflow } from '../../../src/main/services/caseWorkflow';
import { updateSettings } from '../../../src/main/services/settings';
import { count, memoryContext } from '../../support/db';

describe('grid edits (one action = one batch)', () => {
  it('saves the good cells of existing rows, refuses each bad cell with its own reason, all in one batch', () => {
    const ctx = memoryContext();
    const a = createEnterprise(ctx, { name: '鑫达铸造有限公司', town: '城关镇' }).row;
    const b = createEnterprise(ctx, { name: '华通水泥有限责任公司' }).row;
    const r = applyEdits(ctx, enterpriseTarget, {
      updates: [
        { id: a.id, patch: { town: '柳林镇', uscc: '12345', status: '营业中' } },
        { id: b.id, patch: { industry: '水泥' } },
      ],
      creates: [],
    });
    expect(r.errors).toEqual([
      { key: String(a.id), field: 'uscc', message: expect.stringMatching(/^统一社会信用代码应为18位/) },
      { key: String(a.id), field: 'status', message: expect.stringMatching(/^「生产状态」只能是/) },
    ]);
    expect(getEnterprise(ctx.db, a.id)).toMatchObject({ town: '柳林镇', uscc: null, status: null });
    expect(getEnterprise(ctx.db, b.id)!.industry).toBe('水泥');
    const batch = listAuditEntries(ctx.db, {}).filter((e) => e.batchId === r.batchId);
    expect(batch.map((e) => e.field).sort()).toEqual(['industry', 'town']);
  });

  it('creates a new row from its good cells and returns each bad cell with its reason; a row missing a required cell stays uncreated', () => {
    const ctx = memoryContext();
    const r = applyEdits(ctx, enterpriseTarget, {
      updates: [],
      creates: [
        { key: '-1', draft: { name: '恒昌印染有限公司', uscc: '91370500MA3C8QXK43' } },
        { key: '-2', draft: { name: '永兴钢丝绳厂', uscc: '9137050', status: '倒闭', town: '王庄镇' } },
        { key: '-3', draft: { town: '城关镇' } },
      ],
    });
    expect(r.created.map((c) => c.key)).toEqual(['-1', '-2']);
    expect(r.errors.map((e) => [e.key, e.field])).toEqual([
      ['-2', 'uscc'],
      ['-2', 'status'],
      ['-3', 'name'],
    ]);
    expect(r.errors[2]!.message).toBe('「企业名称」不能为空');
    expect(listEnterprises(ctx.db).map((e) => e.name).sort()).toEqual(['恒昌印染有限公司', '永兴钢丝绳厂'].sort());
    const partly = getEnterprise(ctx.db, r.created[1]!.id)!;
    expect(partly).toMatchObject({ town: '王庄镇', uscc: null, status: null });
    // One batch: both rows and their audit entries.
    expect(new Set(listAuditEntries(ctx.db, {}).map((e) => e.batchId))).toEqual(new Set([r.batchId]));
  });

  it('drops only the cell that a cross-row rule refuses (a duplicate credit code) and saves the rest of the row', () => {
    const ctx = memoryContext();
    createEnterprise(ctx, { name: '华为技术有限公司', uscc: '914403001922038216' });
    const b = createEnterprise(ctx, { name: '乙' }).row;
    const r = applyEdits(ctx, enterpriseTarget, { updates: [{ id: b.id, patch: { uscc: '914403001922038216', town: '城关镇' } }], creates: [] });
    expect(r.errors).toEqual([{ key: String(b.id), field: 'uscc', message: expect.stringContaining('已被「华为技术有限公司」使用') }]);
    expect(getEnterprise(ctx.db, b.id)).toMatchObject({ town: '城关镇', uscc: null });
  });

  it('writes nothing and answers no batch when nothing changes', () => {
    const ctx = memoryContext();
    const a = createEnterprise(ctx, { name: '甲', town: '城关镇' }).row;
    const before = count(ctx, 'audit_entries');
    const r = applyEdits(ctx, enterpriseTarget, { updates: [{ id: a.id, patch: { town: '城关镇' } }], creates: [] });
    expect(r.batchId).toBeNull();
    expect(count(ctx, 'audit_entries')).toBe(before);
  });

  it('finds the enterprise of a pasted line by name or by credit code, and says which when it cannot', () => {
    const ctx = memoryContext();
    const e = createEnterprise(ctx, { name: '鑫达铸造有限公司', uscc: '91370500MA3C8QXK43' }).row;
    const r = applyEdits(ctx, lineTarget, {
      updates: [],
      creates: [
        { key: '-1', draft: { enterpriseName: '鑫达铸造有限公司', name: '中频炉', capacity: '1.5', capacityUnit: '万吨', plannedExitDate: '2022年7月1日' } },
        { key: '-2', draft: { enterpriseName: '91370500 ma3c8qxk43', name: '冲天炉' } },
        { key: '-3', draft: { enterpriseName: '91370500MA3C8QXK4', name: '电弧炉' } },
        { key: '-4', draft: { enterpriseName: '不存在的公司', name: '电弧炉' } },
      ],
    });
    expect(r.created.map((c) => c.key)).toEqual(['-1', '-2']);
    const lines = listCapacityLines(ctx.db);
    expect(lines.map((l) => [l.enterpriseId, l.name, l.plannedExitDate])).toEqual([
      [e.id, '中频炉', '2022-07-01'],
      [e.id, '冲天炉', null],
    ]);
    expect(r.errors).toEqual([
      { key: '-3', field: 'enterpriseName', message: expect.stringMatching(/^「所属企业」统一社会信用代码应为18位/) },
      { key: '-4', field: 'enterpriseName', message: expect.stringContaining('找不到名为「不存在的公司」的企业') },
    ]);
  });

  it('pastes 30万吨 into a line whose 产能单位 is 万吨/年 as one unit, and refuses it against 万条/年 naming both', () => {
    const ctx = memoryContext();
    const e = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row;
    const made = applyEdits(ctx, lineTarget, {
      updates: [],
      creates: [
        { key: '-1', draft: { enterpriseId: e.id, name: '中频炉', capacityUnit: '万吨/年' } },
        { key: '-2', draft: { enterpriseId: e.id, name: '硫化机', capacityUnit: '万条/年' } },
      ],
    });
    const [a, b] = made.created.map((c) => c.id);
    // What the grid sends (amountPatch): split when the units agree, as written beside the row's unit when not.
    const r = applyEdits(ctx, lineTarget, {
      updates: [
        { id: a!, patch: { capacity: '30', capacityUnit: '万吨' } },
        { id: b!, patch: { capacity: '30万吨', capacityUnit: '万条' } },
      ],
      creates: [],
    });
    expect(r.errors).toEqual([{ key: String(b), field: 'capacity', message: expect.stringMatching(/「30万吨」的单位「万吨」与本行的「产能单位」「万条」不一致/) }]);
    const lines = listCapacityLines(ctx.db);
    expect(lines.map((l) => [l.name, l.capacity, l.capacityUnit])).toEqual([
      ['中频炉', 30, '万吨'],
      ['硫化机', null, '万条'],
    ]);
  });

  it('refuses a line for a deleted enterprise under the enterprise column', () => {
    const ctx = memoryContext();
    const e = createEnterprise(ctx, { name: '甲' }).row;
    ctx.db.prepare('UPDATE enterprises SET deleted_at = ? WHERE id = ?').run('2026-01-01', e.id);
    const r = applyEdits(ctx, lineTarget, { updates: [], creates: [{ key: '-1', draft: { enterpriseId: e.id, name: '中频炉' } }] });
    expect(r.errors[0]).toMatchObject({ key: '-1', field: 'enterpriseName' });
  });

  it('gives a new case its starting status and takes its dates in the Chinese forms', () => {
    const ctx = memoryContext();
    createEnterprise(ctx, { name: '恒昌印染有限公司' });
    const r = applyEdits(ctx, caseTarget, {
      updates: [],
      creates: [{ key: '-1', draft: { enterpriseName: '恒昌印染有限公司', dimension: '环保', noticeDate: '2023.4.1', leadDepartment: '县生态环境分局' } }],
    });
    expect(r.errors).toEqual([]);
    expect(r.created).toHaveLength(1);
    const row = ctx.db.prepare('SELECT status, notice_date AS d FROM cases').get() as { status: string; d: string };
    expect(row.d).toBe('2023-04-01');
    expect(row.status).toBeTruthy();
  });

  it('saves a value outside a 设置 list but warns about it', () => {
    const ctx = memoryContext();
    updateOptionLists(ctx, { towns: ['城关镇', '柳林镇'] });
    const a = createEnterprise(ctx, { name: '甲' }).row;
    const r = applyEdits(ctx, enterpriseTarget, { updates: [{ id: a.id, patch: { town: '新城镇' } }], creates: [] });
    expect(getEnterprise(ctx.db, a.id)!.town).toBe('新城镇');
    expect(r.warnings[0]!.message).toContain('「新城镇」不在设置的选项中');
  });

  it('refuses a field that does not exist as a bad request, saving nothing', () => {
    const ctx = memoryContext();
    const a = createEnterprise(ctx, { name: '甲' }).row;
    expect(() => applyEdits(ctx, enterpriseTarget, { updates: [{ id: a.id, patch: { town: '乙', colour: 'red' } }], creates: [] })).toThrow(/不认识的字段/);
    expect(getEnterprise(ctx.db, a.id)!.town).toBeNull();
  });
});

describe('names as written (issue 11)', () => {
  it('finds an enterprise stored as 「（二号）」 when a paste names it 「(二号)」, and stores a line name as written', () => {
    const ctx = memoryContext();
    const e = createEnterprise(ctx, { name: '鑫达铸造（集团）有限公司' }).row;
    expect(e.name).toBe('鑫达铸造（集团）有限公司');
    const r = applyEdits(ctx, lineTarget, { updates: [], creates: [{ key: '-1', draft: { enterpriseName: '鑫达铸造(集团)有限公司', name: '中频炉（二号）', plannedExitDate: '10月底前', planYear: 2022 } }] });
    expect(r.errors).toEqual([]);
    expect(listCapacityLines(ctx.db).map((l) => [l.enterpriseId, l.name, l.plannedExitDate])).toEqual([[e.id, '中频炉（二号）', '2022-10-31']]);
  });

  it('keeps a 完成时限 typed as a limit beside its date, and a plain day clears the old text (完成时限原文)', () => {
    const ctx = memoryContext();
    createEnterprise(ctx, { name: '华通水泥有限责任公司' });
    applyEdits(ctx, lineTarget, { updates: [], creates: [{ key: '-1', draft: { enterpriseName: '华通水泥有限责任公司', name: '水泥磨机', plannedExitDate: '2022年三季度末' } }] });
    const [line] = listCapacityLines(ctx.db);
    expect([line!.plannedExitDate, line!.plannedExitText]).toEqual(['2022-09-30', '2022年三季度末']);
    applyEdits(ctx, lineTarget, { updates: [{ id: line!.id, patch: { plannedExitDate: '2022-11-15' } }], creates: [] });
    const [after] = listCapacityLines(ctx.db);
    expect([after!.plannedExitDate, after!.plannedExitText]).toEqual(['2022-11-15', null]);
    const audit = listAuditEntries(ctx.db, { entity: 'capacityLine', entityId: line!.id }).filter((a) => a.field === 'plannedExitText');
    expect(audit.map((a) => [a.oldValue, a.newValue])).toEqual([['2022年三季度末', null]]);
  });
});

describe('a case’s 整改完成时限 as written (issue 11, 完成时限原文)', () => {
  it('keeps 「年底前」 typed into 指定整改期限 beside its date in 设置’s year, shows it in the deadline’s explanation, and a plain day clears it', () => {
    const ctx = memoryContext();
    updateSettings(ctx, { year: 2022 });
    createEnterprise(ctx, { name: '恒昌印染（集团）有限公司' });
    applyEdits(ctx, caseTarget, { updates: [], creates: [{ key: '-1', draft: { enterpriseName: '恒昌印染（集团）有限公司', dimension: '环保', deadlineOverride: ' 年底前 ' } }] });
    const [kase] = listCases(ctx.db);
    expect([kase!.deadlineOverride, kase!.deadlineOverrideText]).toEqual(['2022-12-31', '年底前']);
    expect(getCaseWorkflow(ctx, kase!.id, '2022-07-01').deadline?.explanation).toBe('整改期限由人工指定（原文：年底前）');

    applyEdits(ctx, caseTarget, { updates: [{ id: kase!.id, patch: { deadlineOverride: '2022年10月底前' } }], creates: [] });
    expect(listCases(ctx.db).map((c) => [c.deadlineOverride, c.deadlineOverrideText])).toEqual([['2022-10-31', '2022年10月底前']]);
    applyEdits(ctx, caseTarget, { updates: [{ id: kase!.id, patch: { deadlineOverride: '2022-11-15' } }], creates: [] });
    expect(listCases(ctx.db).map((c) => [c.deadlineOverride, c.deadlineOverrideText])).toEqual([['2022-11-15', null]]);
    const audit = listAuditEntries(ctx.db, { entity: 'case', entityId: kase!.id }).filter((a) => a.field === 'deadlineOverrideText');
    expect(audit.map((a) => [a.oldValue, a.newValue])).toEqual([['2022年10月底前', null], ['年底前', '2022年10月底前']]);
  });
});
