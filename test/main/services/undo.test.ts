import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { listCapacityLines } from '../../../src/main/db/repositories/capacityLines';
import { listCases } from '../../../src/main/db/repositories/cases';
import { getEnterprise, listEnterprises } from '../../../src/main/db/repositories/enterprises';
import { createCapacityLine } from '../../../src/main/services/capacityLines';
import { createCase } from '../../../src/main/services/cases';
import { createEnterprise, deleteEnterprises, restoreEnterprises, updateEnterprise } from '../../../src/main/services/enterprises';
import { applyEdits } from '../../../src/main/services/gridEdits';
import { enterpriseTarget } from '../../../src/main/services/gridTargets';
import { undoBatch } from '../../../src/main/services/undo';
import { memoryContext } from '../../support/db';

describe('undo over the services', () => {
  it('reverts a pasted block in one step and redo (undo of the undo) brings it back with the same ids', () => {
    const ctx = memoryContext();
    const a = createEnterprise(ctx, { name: '甲', town: '城关镇' }).row;
    const paste = applyEdits(ctx, enterpriseTarget, {
      updates: [{ id: a.id, patch: { town: '柳林镇' } }],
      creates: [
        { key: '-1', draft: { name: '乙' } },
        { key: '-2', draft: { name: '丙' } },
      ],
    });
    const undo = undoBatch(ctx, paste.batchId!);
    expect(listEnterprises(ctx.db).map((e) => [e.name, e.town])).toEqual([['甲', '城关镇']]);
    expect(undo.touched).toHaveLength(3);
    const undoEntries = listAuditEntries(ctx.db, {}).filter((e) => e.batchId === undo.batchId);
    expect(new Set(undoEntries.map((e) => e.source))).toEqual(new Set([`undo:${paste.batchId}`]));
    expect(undoEntries.map((e) => e.action).sort()).toEqual(['delete', 'delete', 'update']);

    undoBatch(ctx, undo.batchId);
    expect(listEnterprises(ctx.db).map((e) => [e.id, e.name, e.town])).toEqual([
      [a.id, '甲', '柳林镇'],
      [paste.created[0]!.id, '乙', null],
      [paste.created[1]!.id, '丙', null],
    ]);
  });

  it('refuses to undo when a later change touched the same cell, and changes nothing', () => {
    const ctx = memoryContext();
    const a = createEnterprise(ctx, { name: '甲', town: '城关镇' }).row;
    const first = updateEnterprise(ctx, a.id, { town: '柳林镇' });
    updateEnterprise(ctx, a.id, { town: '王庄镇' });
    const entries = listAuditEntries(ctx.db, {}).length;
    expect(() => undoBatch(ctx, first.batchId)).toThrow(/「乡镇（街道）」在这之后又被修改过（现为「王庄镇」）/);
    expect(getEnterprise(ctx.db, a.id)!.town).toBe('王庄镇');
    expect(listAuditEntries(ctx.db, {})).toHaveLength(entries);
  });

  it('still undoes an edit when other cells of the row changed since', () => {
    const ctx = memoryContext();
    const a = createEnterprise(ctx, { name: '甲', town: '城关镇' }).row;
    const first = updateEnterprise(ctx, a.id, { town: '柳林镇' });
    updateEnterprise(ctx, a.id, { industry: '铸造' });
    undoBatch(ctx, first.batchId);
    expect(getEnterprise(ctx.db, a.id)).toMatchObject({ town: '城关镇', industry: '铸造' });
  });

  it('undoes a deletion by restoring, a creation by moving to the 回收站', () => {
    const ctx = memoryContext();
    const created = createEnterprise(ctx, { name: '甲' });
    const deleted = deleteEnterprises(ctx, [created.row.id]);
    undoBatch(ctx, deleted.batchId);
    expect(listEnterprises(ctx.db)).toHaveLength(1);
    undoBatch(ctx, created.batchId);
    expect(listEnterprises(ctx.db)).toHaveLength(0);
    expect(listEnterprises(ctx.db, { deleted: true })).toHaveLength(1);
  });

  it('refuses an unknown batch in Chinese', () => {
    expect(() => undoBatch(memoryContext(), 'no-such-batch')).toThrow(/找不到要撤销的操作记录/);
  });
});

describe('an enterprise and its lines and cases in the 回收站', () => {
  function seeded() {
    const ctx = memoryContext();
    const e = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row;
    const early = createCapacityLine(ctx, { enterpriseId: e.id, name: '冲天炉' }).row;
    createCapacityLine(ctx, { enterpriseId: e.id, name: '中频炉' });
    createCase(ctx, { enterpriseId: e.id, dimension: '技术' });
    return { ctx, e, early };
  }

  it('deleting an enterprise takes its lines and cases along in the same batch; restoring brings them back', () => {
    const { ctx, e, early } = seeded();
    ctx.db.prepare('UPDATE capacity_lines SET deleted_at = ? WHERE id = ?').run('2026-01-01', early.id);
    const del = deleteEnterprises(ctx, [e.id]);
    expect(del.cascaded).toEqual({ lines: 1, cases: 1 });
    expect(listCapacityLines(ctx.db)).toHaveLength(0);
    expect(listCases(ctx.db)).toHaveLength(0);
    const res = restoreEnterprises(ctx, [e.id]);
    expect(res.cascaded).toEqual({ lines: 1, cases: 1 });
    // The line deleted on its own before stays in the 回收站.
    expect(listCapacityLines(ctx.db).map((l) => l.name)).toEqual(['中频炉']);
    expect(listCases(ctx.db)).toHaveLength(1);
  });

  it('undoing the deletion restores the enterprise before its lines', () => {
    const { ctx, e } = seeded();
    const del = deleteEnterprises(ctx, [e.id]);
    undoBatch(ctx, del.batchId);
    expect(listCapacityLines(ctx.db)).toHaveLength(2);
    expect(listCases(ctx.db)).toHaveLength(1);
  });
});

describe('an enterprise page history', () => {
  it('lists the enterprise with its lines and cases, newest first, saying which row', async () => {
    const { listEnterpriseHistory } = await import('../../../src/main/db/repositories/audit');
    const ctx = memoryContext();
    const e = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row;
    const other = createEnterprise(ctx, { name: '别家' }).row;
    createCapacityLine(ctx, { enterpriseId: e.id, name: '中频炉' });
    createCapacityLine(ctx, { enterpriseId: other.id, name: '冲天炉' });
    updateEnterprise(ctx, e.id, { town: '城关镇' });
    const h = listEnterpriseHistory(ctx.db, e.id);
    expect(h.map((x) => [x.subject, x.action])).toEqual([
      ['企业', 'update'],
      ['设备（生产线）：中频炉', 'create'],
      ['企业', 'create'],
    ]);
  });
});
