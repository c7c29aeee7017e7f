import { describe, expect, it } from 'vitest';
import { BufferedInsertError, withBufferedInserts } from '../../../src/main/db/bulk';
import { insertAuditEntry, listAuditBatch, type NewAuditEntry } from '../../../src/main/db/repositories/audit';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { createCapacityLine } from '../../../src/main/services/capacityLines';
import { insertCaseEvent, linkCaseLine } from '../../../src/main/db/repositories/cases';
import { createCase } from '../../../src/main/services/cases';
import { openMemoryLedger } from '../import/fixtures/ledgerDb';

const entry = (i: number, batchId: string): NewAuditEntry => ({
  batchId,
  at: '2024-07-01T08:00:00.000Z',
  operator: '张三',
  entity: 'enterprise',
  entityId: i + 1,
  action: i % 2 ? 'update' : 'create',
  field: i % 2 ? 'name' : null,
  oldValue: i % 2 ? `旧${i}` : null,
  newValue: i % 3 ? { name: `企业${i}` } : `值${i}`,
  source: 'import:x',
});

describe('buffered inserts', () => {
  it('write the same rows in the same order as single inserts, also past one statement', () => {
    const ctx = openMemoryLedger();
    const n = 257;
    ctx.db.transaction(() => {
      for (let i = 0; i < n; i++) insertAuditEntry(ctx.db, entry(i, 'single'));
    })();
    ctx.db.transaction(() =>
      withBufferedInserts(ctx.db, () => {
        for (let i = 0; i < n; i++) insertAuditEntry(ctx.db, entry(i, 'buffered'));
      }),
    )();
    const strip = (batch: string) => listAuditBatch(ctx.db, batch).map(({ id: _id, batchId: _b, ...rest }) => rest);
    const single = listAuditBatch(ctx.db, 'single');
    const buffered = listAuditBatch(ctx.db, 'buffered');
    expect(buffered).toHaveLength(n);
    expect(strip('buffered')).toEqual(strip('single'));
    expect(buffered.map((e) => e.id)).toEqual(single.map((e) => e.id + n));
  });

  it('are written by the end of the scope, not before', () => {
    const ctx = openMemoryLedger();
    ctx.db.transaction(() =>
      withBufferedInserts(ctx.db, () => {
        insertAuditEntry(ctx.db, entry(0, 'b'));
        expect(listAuditBatch(ctx.db, 'b')).toHaveLength(0);
      }),
    )();
    expect(listAuditBatch(ctx.db, 'b')).toHaveLength(1);
  });

  it('write case events and case–line links, a repeated link once', () => {
    const ctx = openMemoryLedger();
    const e = createEnterprise(ctx, { name: '甲公司' }).row;
    const line = createCapacityLine(ctx, { enterpriseId: e.id, name: '中频炉' }).row;
    const kase = createCase(ctx, { enterpriseId: e.id, dimension: '能耗' }).row;
    const events = () => (ctx.db.prepare('SELECT count(*) AS n FROM case_events WHERE case_id = ?').get(kase.id) as { n: number }).n;
    const before = events();
    ctx.db.transaction(() =>
      withBufferedInserts(ctx.db, () => {
        linkCaseLine(ctx.db, kase.id, line.id);
        linkCaseLine(ctx.db, kase.id, line.id);
        insertCaseEvent(ctx.db, { caseId: kase.id, eventDate: '2024-07-01', fromStatus: null, toStatus: 'rectifying', operator: '张三', note: null, createdAt: '2024-07-01T08:00:00.000Z' });
      }),
    )();
    expect(ctx.db.prepare('SELECT case_id AS c, line_id AS l FROM case_lines').all()).toEqual([{ c: kase.id, l: line.id }]);
    expect(events()).toBe(before + 1);
  });

  it('need a transaction, and a failed statement fails the scope with nothing written', () => {
    const ctx = openMemoryLedger();
    expect(() => withBufferedInserts(ctx.db, () => null)).toThrow(/事务/);
    const bad = { ...entry(0, 'bad'), operator: null as unknown as string };
    expect(() =>
      ctx.db.transaction(() =>
        withBufferedInserts(ctx.db, () => {
          insertAuditEntry(ctx.db, entry(1, 'bad'));
          insertAuditEntry(ctx.db, bad);
        }),
      )(),
    ).toThrow(BufferedInsertError);
    expect(listAuditBatch(ctx.db, 'bad')).toHaveLength(0);
    // The next transaction is not buffered.
    ctx.db.transaction(() => insertAuditEntry(ctx.db, entry(2, 'after')))();
    expect(listAuditBatch(ctx.db, 'after')).toHaveLength(1);
  });
});
