import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { listEnterprises } from '../../../src/main/db/repositories/enterprises';
import { createEnterprise, deleteEnterprises, restoreEnterprises, updateEnterprise } from '../../../src/main/services/enterprises';
import { updateSettings } from '../../../src/main/services/settings';
import { LedgerError } from '../../../src/shared/errors';
import { count, memoryContext } from '../../support/db';

describe('enterprise service', () => {
  it('creates a row and an audit entry with operator, time and the new values in one batch', () => {
    const ctx = memoryContext();
    updateSettings(ctx, { operatorName: '张科员' });
    const { row, batchId } = createEnterprise(ctx, { name: '鑫达铸造有限公司', uscc: '92370500ma3p1234an' });
    expect(row).toMatchObject({ name: '鑫达铸造有限公司', uscc: '92370500MA3P1234AN' });
    const [entry] = listAuditEntries(ctx.db, { entity: 'enterprise', entityId: row.id });
    expect(entry).toMatchObject({ batchId, action: 'create', operator: '张科员', at: '2026-03-01T08:00:00.000Z' });
    expect(entry!.newValue).toMatchObject({ name: '鑫达铸造有限公司', uscc: '92370500MA3P1234AN' });
  });

  it('defaults the operator to the OS user until one is set', () => {
    const ctx = memoryContext();
    const { row } = createEnterprise(ctx, { name: '甲' });
    expect(listAuditEntries(ctx.db, { entityId: row.id })[0]!.operator).toBe(ctx.osUser);
  });

  it('records each changed field old → new, and nothing for unchanged fields', () => {
    const ctx = memoryContext();
    const { row } = createEnterprise(ctx, { name: '恒昌印染', town: '开发区', industry: '印染' });
    updateEnterprise(ctx, row.id, { town: '柳林镇', industry: '印染' });
    const updates = listAuditEntries(ctx.db, { entityId: row.id }).filter((e) => e.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ field: 'town', oldValue: '开发区', newValue: '柳林镇' });
  });

  it('rejects a duplicate credit code with a Chinese message naming the holder, and writes nothing', () => {
    const ctx = memoryContext();
    createEnterprise(ctx, { name: '华为技术有限公司', uscc: '914403001922038216' });
    const audits = count(ctx, 'audit_entries');
    expect(() => createEnterprise(ctx, { name: '另一家', uscc: '9144 0300 1922 0382 16' })).toThrow(/已被「华为技术有限公司」使用/);
    expect(count(ctx, 'enterprises')).toBe(1);
    expect(count(ctx, 'audit_entries')).toBe(audits);
  });

  it('warns but saves when only the check character fails', () => {
    const ctx = memoryContext();
    const { warnings } = createEnterprise(ctx, { name: '试点企业', uscc: '914403001922038217' });
    expect(warnings[0]).toContain('校验位不符');
    expect(count(ctx, 'enterprises')).toBe(1);
  });

  it('names the column in a validation error', () => {
    const ctx = memoryContext();
    const { row } = createEnterprise(ctx, { name: '甲' });
    try {
      updateEnterprise(ctx, row.id, { status: '营业中' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LedgerError);
      expect((err as LedgerError).field).toBe('status');
      expect((err as LedgerError).message).toMatch(/^「生产状态」/);
    }
  });

  it('refuses fields that do not exist instead of silently dropping them', () => {
    const ctx = memoryContext();
    const { row } = createEnterprise(ctx, { name: '甲' });
    expect(() => updateEnterprise(ctx, row.id, { color: 'red' })).toThrow(/不认识的字段/);
  });

  it('moves deleted rows to the recycle bin and restores them', () => {
    const ctx = memoryContext();
    const { row } = createEnterprise(ctx, { name: '永兴钢丝绳厂' });
    deleteEnterprises(ctx, [row.id]);
    expect(listEnterprises(ctx.db)).toHaveLength(0);
    expect(listEnterprises(ctx.db, { deleted: true })).toHaveLength(1);
    restoreEnterprises(ctx, [row.id]);
    expect(listEnterprises(ctx.db).map((r) => r.name)).toEqual(['永兴钢丝绳厂']);
    expect(listAuditEntries(ctx.db, { entityId: row.id }).map((e) => e.action)).toEqual(['restore', 'delete', 'create']);
  });

  it('a write that fails midway leaves no row and no audit entry behind', () => {
    const ctx = memoryContext();
    expect(() =>
      ctx.db.transaction(() => {
        createEnterprise(ctx, { name: '半途失败的企业' });
        throw new Error('模拟在事务中途失败');
      })(),
    ).toThrow('模拟在事务中途失败');
    expect(count(ctx, 'enterprises')).toBe(0);
    expect(count(ctx, 'audit_entries')).toBe(0);
  });

  it('a failing row inside a multi-row action rolls back the rows before it', () => {
    const ctx = memoryContext();
    const { row } = createEnterprise(ctx, { name: '甲', uscc: '914403001922038216' });
    const { row: other } = createEnterprise(ctx, { name: '乙' });
    const before = count(ctx, 'audit_entries');
    expect(() => deleteEnterprises(ctx, [other.id, 99_999])).toThrow(/找不到/);
    expect(listEnterprises(ctx.db).map((r) => r.id)).toEqual([row.id, other.id]);
    expect(count(ctx, 'audit_entries')).toBe(before);
  });
});
