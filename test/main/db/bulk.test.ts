import { describe, expect, it } from 'vitest';
import { BufferedInsertError, flushTables, setBufferTag, withBufferedInserts } from '../../../src/main/db/bulk';
import { ENTERPRISE_TABLE, isLiveEnterprise } from '../../../src/main/db/repositories/enterprises';
import { insertRow } from '../../../src/main/db/sql';
import { insertAuditEntry, listAuditBatch, type NewAuditEntry } from '../../../src/main/db/repositories/audit';
import { createEnterprise, deleteEnterprises } from '../../../src/main/services/enterprises';
import { createCapacityLine } from '../../../src/main/services/capacityLines';
import { CASE_TABLE, insertCaseEvent, linkCaseLine } from '../../../src/main/db/repositories/cases';
import { createCase } from '../../../src/main/services/cases';
import { IMPORT_DAY, memoryContext, tickingClock } from '../../support/db';

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
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
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
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    ctx.db.transaction(() =>
      withBufferedInserts(ctx.db, () => {
        insertAuditEntry(ctx.db, entry(0, 'b'));
        expect(listAuditBatch(ctx.db, 'b')).toHaveLength(0);
      }),
    )();
    expect(listAuditBatch(ctx.db, 'b')).toHaveLength(1);
  });

  it('write case events and case–line links, a repeated link once', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
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
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
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

  it('give ledger rows of several shapes the ids single inserts give, after the rows already there', () => {
    const rowsOf = (buffered: boolean) => {
      const ctx = memoryContext(tickingClock(IMPORT_DAY));
      createEnterprise(ctx, { name: '已有公司' });
      const at = '2024-07-01T08:00:00.000Z';
      const write = () =>
        Array.from({ length: 230 }, (_, i) => insertRow(ctx.db, ENTERPRISE_TABLE, i % 3 ? { name: `企业${i}` } : { name: `企业${i}`, town: '城关镇' }, at));
      const ids = ctx.db.transaction(() => (buffered ? withBufferedInserts(ctx.db, write) : write()))();
      return { ids, rows: ctx.db.prepare('SELECT id, name, town FROM enterprises ORDER BY id').all() };
    };
    const single = rowsOf(false);
    expect(rowsOf(true)).toEqual(single);
    expect(single.ids[0]).toBe(2);
  });

  it('write a parent of a new shape before the rows buffered since that refer to it (a case with a notice date after one without)', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const e = createEnterprise(ctx, { name: '甲公司' }).row;
    const line = createCapacityLine(ctx, { enterpriseId: e.id, name: '中频炉' }).row;
    const at = '2024-07-01T08:00:00.000Z';
    const ids = ctx.db.transaction(() =>
      withBufferedInserts(ctx.db, () =>
        [{}, { noticeDate: '2022-03-01' }].map((extra) => {
          const id = insertRow(ctx.db, CASE_TABLE, { enterpriseId: e.id, dimension: '能耗', status: 'rectifying', ...extra }, at);
          insertCaseEvent(ctx.db, { caseId: id, eventDate: '2024-07-01', fromStatus: null, toStatus: 'rectifying', operator: '张三', note: null, createdAt: at });
          linkCaseLine(ctx.db, id, line.id);
          return id;
        }),
      ),
    )();
    expect(ctx.db.prepare('SELECT case_id AS c FROM case_lines ORDER BY case_id').all()).toEqual(ids.map((c) => ({ c })));
    expect(ctx.db.prepare('SELECT id, notice_date AS n FROM cases ORDER BY id').all()).toEqual([{ id: ids[0], n: null }, { id: ids[1], n: '2022-03-01' }]);
  });

  it('write a table, and every buffer used before it, when it is about to be read', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const at = '2024-07-01T08:00:00.000Z';
    const count = () => (ctx.db.prepare('SELECT count(*) AS n FROM enterprises').get() as { n: number }).n;
    ctx.db.transaction(() =>
      withBufferedInserts(ctx.db, () => {
        insertRow(ctx.db, ENTERPRISE_TABLE, { name: '甲公司' }, at);
        insertAuditEntry(ctx.db, entry(0, 'later'));
        expect(count()).toBe(0);
        flushTables(ctx.db, ['audit_entries']);
        expect(count()).toBe(1);
        expect(listAuditBatch(ctx.db, 'later')).toHaveLength(1);
      }),
    )();
  });

  it('name the row that fails among the rows of one statement', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const at = '2024-07-01T08:00:00.000Z';
    let err: unknown = null;
    try {
      ctx.db.transaction(() =>
        withBufferedInserts(ctx.db, () => {
          for (let i = 0; i < 50; i++) {
            setBufferTag(ctx.db, `第 ${i} 个`);
            insertRow(ctx.db, ENTERPRISE_TABLE, { name: `企业${i}`, uscc: i === 37 ? '91370100MA3C00000X' : i === 12 ? '91370100MA3C00000X' : null }, at);
          }
        }),
      )();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BufferedInsertError);
    expect((err as BufferedInsertError).tag).toBe('第 37 个');
    expect((err as BufferedInsertError).message).toMatch(/UNIQUE/);
    expect((ctx.db.prepare('SELECT count(*) AS n FROM enterprises').get() as { n: number }).n).toBe(0);
  });

  it('know the enterprises they created as live before writing them, and ask the database about others', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const kept = createEnterprise(ctx, { name: '在册公司' }).row;
    const gone = createEnterprise(ctx, { name: '已删公司' }).row;
    deleteEnterprises(ctx, [gone.id]);
    ctx.db.transaction(() =>
      withBufferedInserts(ctx.db, () => {
        const id = insertRow(ctx.db, ENTERPRISE_TABLE, { name: '新公司' }, '2024-07-01T08:00:00.000Z');
        expect(id).toBe(gone.id + 1);
        expect(isLiveEnterprise(ctx.db, id)).toBe(true);
        expect(isLiveEnterprise(ctx.db, id + 1)).toBe(false);
        expect(isLiveEnterprise(ctx.db, kept.id)).toBe(true);
        expect(isLiveEnterprise(ctx.db, gone.id)).toBe(false);
      }),
    )();
  });
});
