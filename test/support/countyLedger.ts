import type { Db } from '../../src/main/db/connection';
import { CAPACITY_LINE_TABLE } from '../../src/main/db/repositories/capacityLines';
import { insertRow } from '../../src/main/db/sql';
import type { ServiceContext } from '../../src/main/services/context';
import { createEnterprise } from '../../src/main/services/enterprises';
import type { ListMeta } from '../../src/shared/reports/listTypes';
import { FIXED_NOW, memoryContext } from './db';

/**
 * A small county ledger for report tests: enterprises through the enterprise service (so names
 * and codes pass its validation), lines and cases straight into their tables (their services
 * are not written yet).
 */
export const NOW = FIXED_NOW.toISOString();

export function addEnterprise(ctx: ServiceContext, fields: Record<string, unknown>): number {
  return createEnterprise(ctx, fields).row.id;
}

export function addLine(db: Db, fields: Record<string, unknown>): number {
  return insertRow(db, CAPACITY_LINE_TABLE, fields, NOW);
}

/** A case straight into its table; its status is the grid's 整改中 unless `fields.status` says otherwise. */
export function addCase(db: Db, fields: Record<string, string | number | null> & { enterpriseId: number; dimension: string }, lineIds: number[] = []): number {
  const all = { status: '整改中', ...fields };
  const cols = Object.keys(all);
  const info = db
    .prepare(
      `INSERT INTO cases (${cols.map((c) => c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`)).join(', ')}, created_at, updated_at)
       VALUES (${cols.map(() => '?').join(', ')}, ?, ?)`,
    )
    .run(...cols.map((c) => all[c as keyof typeof all]), NOW, NOW);
  const id = Number(info.lastInsertRowid);
  for (const lineId of lineIds) db.prepare('INSERT INTO case_lines (case_id, line_id) VALUES (?, ?)').run(id, lineId);
  return id;
}

export const META: ListMeta = { countyName: '示例县', year: 2026, reportingUnit: '示例县工业和信息化局', reportDate: '2026-11-20' };

/** The ledger every list test reads: three towns, two units of capacity, one hostile name. */
export function buildCountyLedger(ctx: ServiceContext = memoryContext()): ServiceContext {
  const db = ctx.db;
  const steel = addEnterprise(ctx, { name: '示例县宏达铸造有限公司', uscc: '91330100MA27XL1X4F', town: '北关镇', industry: '铸造' });
  const glass = addEnterprise(ctx, { name: '示例县光明玻璃厂', town: '白塔乡', industry: '平板玻璃' });
  const hostile = addEnterprise(ctx, { name: '=HYPERLINK("http://x","y")', town: '城关镇', industry: '铸造' });
  const cement = addEnterprise(ctx, { name: '示例县建材水泥有限公司', town: '城关镇', industry: '水泥' });

  const l1 = addLine(db, { enterpriseId: steel, name: '中频炉', spec: '2吨', quantity: 2, quantityUnit: '台', capacity: 3.5, capacityUnit: '万吨', exitMethod: '拆除', planYear: 2026, plannedExitDate: '2026-10-31', exitDate: '2026-09-15', acceptanceDate: '2026-10-20', localUnit: '北关镇人民政府', supervisingDept: '县工信局' });
  const l2 = addLine(db, { enterpriseId: steel, name: '冲天炉', spec: '5吨/时', quantity: 1, quantityUnit: '台', capacity: 1.5, capacityUnit: '万吨', exitMethod: '拆除', planYear: 2026, plannedExitDate: '2026-06-30', localUnit: '北关镇人民政府', supervisingDept: '县工信局', catalogueItem: '无芯工频感应电炉' });
  const l3 = addLine(db, { enterpriseId: glass, name: '平拉工艺平板玻璃生产线', spec: '日熔化量200吨', quantity: 1, quantityUnit: '条', capacity: 120, capacityUnit: '万重量箱', exitMethod: '关停整个企业', planYear: 2026, exitDate: '2026-05-10', localUnit: '白塔乡人民政府', supervisingDept: '县发改局' });
  const l4 = addLine(db, { enterpriseId: hostile, name: '-工频炉', spec: '+1吨', quantity: 1, quantityUnit: '台', capacity: 0.8, capacityUnit: '万吨', exitMethod: '拆除', planYear: 2026, exitDate: '2026-08-01', localUnit: '城关镇人民政府', supervisingDept: '县工信局', notes: '@备注' });
  const l5 = addLine(db, { enterpriseId: cement, name: '水泥磨机', spec: 'Φ3.2m', quantity: 1, quantityUnit: '台', capacity: 30, capacityUnit: '万吨', exitMethod: '断水断电·拆除动力装置·封存主体设备', planYear: 2025, plannedExitDate: '2025-12-31', localUnit: '城关镇人民政府', supervisingDept: '县工信局' });

  addCase(db, { enterpriseId: steel, dimension: '能耗', noticeDate: '2026-04-01', description: '中频炉单位产品能耗超过GB21256-2013限额', standard: 'GB21256-2013', measure: '限期整改', leadDepartment: '县工信局', deadlineOverride: '2026-12-31' }, [l1]);
  addCase(db, { enterpriseId: glass, dimension: '环保', noticeDate: '2026-03-10', description: '颗粒物超标排放', standard: 'GB26453-2011', measure: '停产整治', leadDepartment: '县生态环境分局', reinspectionDate: '2026-05-01', reinspectionResult: '不达标', outcome: '报县政府批准，责令关闭', closedDate: '2026-05-10', status: 'closed-down', serious: 1 }, [l3]);
  addCase(db, { enterpriseId: cement, dimension: '环保', noticeDate: '2026-02-01', description: '氮氧化物超标', standard: 'GB4915-2013', measure: '限制生产', leadDepartment: '县生态环境分局', deadlineOverride: '2026-05-01' });
  addCase(db, { enterpriseId: hostile, dimension: '质量', noticeDate: '2026-06-01', description: '=1+1 产品抽检不合格', leadDepartment: '县市场监管局' }, [l4]);
  void l2;
  void l5;
  return ctx;
}
