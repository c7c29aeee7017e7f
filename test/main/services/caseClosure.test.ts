import { describe, expect, it } from 'vitest';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { getEnterprise } from '../../../src/main/db/repositories/enterprises';
import { getCaseWorkflow, registerCase, transitionCase } from '../../../src/main/services/caseWorkflow';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { getCapacityLine } from '../../../src/main/db/repositories/capacityLines';
import { exitListRows } from '../../../src/main/db/repositories/reports';
import { linkCaseLine } from '../../../src/main/db/repositories/cases';
import { addLine } from '../../support/countyLedger';
import { memoryContext } from '../../support/db';

function closable() {
  const ctx = memoryContext(new Date('2023-06-01T02:00:00Z'));
  const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司', town: '城关镇', industry: '铸造', status: '在产' }).row.id;
  const furnace = addLine(ctx.db, { enterpriseId, name: '中频炉', spec: '5t', planYear: 2023, capacity: 3, capacityUnit: '万吨' });
  const other = addLine(ctx.db, { enterpriseId, name: '冲天炉', planYear: 2023 });
  const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
  linkCaseLine(ctx.db, id, furnace);
  transitionCase(ctx, { id, transition: 'issue-notice', date: '2023-04-01' });
  transitionCase(ctx, { id, transition: 'reinspect-fail', date: '2023-09-01' });
  return { ctx, enterpriseId, furnace, other, id };
}

describe('a closure reaches the ledger', () => {
  it('proposes 已关停 and 关停整个企业 on the day for each linked line', () => {
    const { ctx, id, furnace } = closable();
    expect(getCaseWorkflow(ctx, id, '2023-10-08').closure).toEqual({
      currentEnterpriseStatus: '在产',
      enterpriseStatus: '已关停',
      lines: [{ lineId: furnace, name: '中频炉', spec: '5t', exitMethod: '关停整个企业', exitDate: '2023-10-08' }],
    });
  });

  it('writes the enterprise’s 生产状态 and each line’s 退出方式 and 退出日期 in the step’s transaction and audit batch', () => {
    const { ctx, enterpriseId, furnace, other, id } = closable();
    transitionCase(ctx, {
      id,
      transition: 'close-down',
      date: '2023-10-08',
      closure: { enterpriseStatus: '已关闭取缔', lines: [{ lineId: furnace, exitMethod: '拆除', exitDate: '2023-10-10' }] },
    });
    expect(getEnterprise(ctx.db, enterpriseId)?.status).toBe('已关闭取缔');
    expect(getCapacityLine(ctx.db, furnace)).toMatchObject({ exitMethod: '拆除', exitDate: '2023-10-10' });
    expect(getCapacityLine(ctx.db, other)).toMatchObject({ exitMethod: null, exitDate: null });
    const batchOf = (entity: 'case' | 'enterprise' | 'capacityLine', entityId: number, field: string, value: string) =>
      listAuditEntries(ctx.db, { entity, entityId }).find((e) => e.field === field && e.newValue === value)?.batchId;
    const batches = new Set([
      batchOf('case', id, 'status', 'closed-down'),
      batchOf('enterprise', enterpriseId, 'status', '已关闭取缔'),
      batchOf('capacityLine', furnace, 'exitMethod', '拆除'),
      batchOf('capacityLine', furnace, 'exitDate', '2023-10-10'),
    ]);
    expect(batches.has(undefined)).toBe(false);
    expect(batches.size).toBe(1);
    expect(exitListRows(ctx.db, 2023).map((r) => [r.lineName, r.exitMethod, r.exitDate])).toEqual([['中频炉', '拆除', '2023-10-10']]);
  });

  it('without a confirmed closure writes the proposal', () => {
    const { ctx, enterpriseId, furnace, id } = closable();
    transitionCase(ctx, { id, transition: 'close-down', date: '2023-10-08' });
    expect(getEnterprise(ctx.db, enterpriseId)?.status).toBe('已关停');
    expect(getCapacityLine(ctx.db, furnace)).toMatchObject({ exitMethod: '关停整个企业', exitDate: '2023-10-08' });
  });

  it('changes nothing when a refused closure or a line of another firm is given', () => {
    const { ctx, enterpriseId, furnace, id } = closable();
    const stranger = createEnterprise(ctx, { name: '别家企业' }).row.id;
    const foreign = addLine(ctx.db, { enterpriseId: stranger, name: '工频炉' });
    expect(() => transitionCase(ctx, { id, transition: 'close-down', date: '2023-10-07' })).toThrow(/尚未届满/);
    expect(() =>
      transitionCase(ctx, { id, transition: 'close-down', date: '2023-10-08', closure: { enterpriseStatus: '已关停', lines: [{ lineId: foreign, exitMethod: '拆除', exitDate: '2023-10-08' }] } }),
    ).toThrow(/第1条设备.*不属于“鑫达铸造有限公司”/);
    expect(getEnterprise(ctx.db, enterpriseId)?.status).toBe('在产');
    expect(getCapacityLine(ctx.db, furnace)?.exitDate).toBeNull();
    expect(getCaseWorkflow(ctx, id).status).toBe('failed');
  });
});
