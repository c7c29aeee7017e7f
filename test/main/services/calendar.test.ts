import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/main/openLedger';
import { createContext } from '../../../src/main/services/context';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { registerCase, transitionCase } from '../../../src/main/services/caseWorkflow';
import {
  listCalendarDayRows,
  listCalendarYearSummaries,
  loadCalendar,
  removeCalendarDay,
  setCalendarDay,
  setCalendarYearComplete,
} from '../../../src/main/services/calendar';
import { seedReferenceData } from '../../../src/main/services/referenceData';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { count, memoryContext } from '../../support/db';

describe('holiday calendar in the ledger', () => {
  it('is seeded from the bundled notices at open, 2017–2026', () => {
    const ctx = memoryContext();
    const years = listCalendarYearSummaries(ctx);
    expect(years.filter((y) => y.source === 'bundled').map((y) => y.year).sort()).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const y2023 = years.find((y) => y.year === 2023)!;
    expect(y2023).toMatchObject({ covered: true, userDays: 0 });
    expect(y2023.holidays).toBeGreaterThan(20);
    expect(years.find((y) => y.year === 2027)).toMatchObject({ covered: false, source: 'none', holidays: 0 });
    expect(loadCalendar(ctx).dayInfo('2023-10-07')).toMatchObject({ working: true, reason: 'workday' });
  });

  it('lets the user enter next year’s notice; deadlines in it are computed once the year is marked complete', () => {
    const ctx = memoryContext(new Date('2026-11-20T02:00:00Z'));
    const enterpriseId = createEnterprise(ctx, { name: '华通水泥有限责任公司' }).row.id;
    const { id } = registerCase(ctx, { enterpriseId, dimension: '能耗' });
    // 2026-07-01 + 6 months = 2027-01-01, 元旦.
    expect(transitionCase(ctx, { id, transition: 'issue-notice', date: '2026-07-01' }).deadline).toBeNull();

    setCalendarDay(ctx, { kind: 'holiday', date: '2027-01-01', name: '元旦' });
    expect(() => setCalendarYearComplete(ctx, 2028, true)).toThrow(/2028年还没有录入任何放假日/);
    const summary = setCalendarYearComplete(ctx, 2027, true, '国办发明电〔2026〕X号');
    expect(summary).toMatchObject({ year: 2027, covered: true, source: 'user', holidays: 1, userDays: 1, notices: ['国办发明电〔2026〕X号'] });

    const view = transitionCase(ctx, { id, transition: 'request-extension', date: '2026-11-20', extension: { months: 1 } });
    expect(view.deadline).toMatchObject({ nominal: '2027-01-01', deadline: '2027-01-04' });
    expect(view.deadline?.explanation).toBe('2027年1月1日为元旦假日，顺延至2027年1月4日（星期一）');
  });

  it('corrects a bundled day, shows what the bundle said, and removing the correction restores it; all audited', () => {
    const ctx = memoryContext();
    const row = setCalendarDay(ctx, { kind: 'ordinary', date: '2023-10-06', note: '测试更正' });
    expect(row).toMatchObject({ date: '2023-10-06', kind: 'ordinary', source: 'user', bundledKind: 'holiday', bundledName: '国庆节' });
    expect(loadCalendar(ctx).isWorkingDay('2023-10-06')).toBe(true);
    expect(removeCalendarDay(ctx, '2023-10-06')).toEqual({ removed: true });
    expect(loadCalendar(ctx).isWorkingDay('2023-10-06')).toBe(false);
    expect(listCalendarDayRows(ctx, 2023).find((d) => d.date === '2023-10-06')).toMatchObject({ kind: 'holiday', source: 'bundled' });
    const audit = listAuditEntries(ctx.db, { entity: 'calendar' });
    expect(audit.map((a) => `${a.action}:${a.field}`)).toEqual(['delete:2023-10-06', 'create:2023-10-06']);
  });

  it('keeps the user’s days when the bundled calendar is refreshed', () => {
    const ctx = memoryContext();
    setCalendarDay(ctx, { kind: 'holiday', date: '2027-01-01', name: '元旦' });
    ctx.db.prepare("UPDATE settings SET value = '\"old\"' WHERE key = 'calendar.bundledFingerprint'").run();
    seedReferenceData(ctx.db);
    expect(count(ctx, 'calendar_days')).toBeGreaterThan(300);
    expect(listCalendarDayRows(ctx, 2027)).toMatchObject([{ date: '2027-01-01', source: 'user' }]);
  });

  it('travels with the data file: another connection computes the same calendar', () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/ledger-cal-${process.pid}-${Date.now()}.sqlite`;
    const a = openLedger(dir);
    const ctx = createContext(a.db, { dbPath: dir });
    setCalendarDay(ctx, { kind: 'workday', date: '2023-10-08', name: '国庆节' });
    a.db.close();
    const b = openLedger(dir);
    expect(loadCalendar({ db: b.db }).dayInfo('2023-10-08')).toMatchObject({ working: true, reason: 'workday' });
    b.db.close();
  });
});
