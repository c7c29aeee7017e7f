import { LedgerError } from '../../shared/errors';
import { diffTable, ownerKey, type TableDiff } from '../../shared/countyPackage/diff';
import { PACKAGE_SHEETS, PACKAGE_SHEET_KEYS, packageRowCounts, type PackageSheetKey, type PackageTables } from '../../shared/countyPackage/sheets';
import type { AuditEntity } from '../../shared/schemas/audit';
import {
  countyRows,
  deleteCountyRow,
  heldPackage,
  insertCountyRow,
  saveHeldPackage,
  sharedCreditCodes,
  updateCountyRow,
  type PackageOrigin,
  type SharedCreditCode,
} from '../db/repositories/countyData';
import { BufferedInsertError, withBufferedInserts } from '../db/bulk';
import { localStamp } from '../export/countyPackage';
import { beginAudit, recordAudit, type AuditStamp } from './audit';
import type { ServiceContext } from './context';
import { readSettings } from './settings';

/**
 * 导入 → 汇总报送包 and `ledger import-packages`: a city ledger takes its counties' data.
 *   1. each package (or filled template) is read into the five tables with its county and date;
 *   2. planned against what the city holds from that county: refused if older than the held one,
 *      nothing to do if it is the same, else the 新增/更新/删除 of each table (the preview);
 *   3. applied in one transaction — the county's rows become exactly the package's, with their
 *      audit entries and the held-package record — so another county's rows are never touched.
 */
export interface CountyData extends PackageOrigin {
  tables: PackageTables;
}

export type TableChange = { added: number; updated: number; deleted: number };

export interface RollupPlan {
  data: CountyData;
  verdict: 'new' | 'replace' | 'same' | 'refused';
  /** Why a package is refused (the older-package rule). */
  reason: string | null;
  heldExportedAt: string | null;
  changes: Record<PackageSheetKey, TableChange>;
  diffs: Record<PackageSheetKey, TableDiff>;
}

const AUDIT_ENTITY: Record<PackageSheetKey, AuditEntity> = { enterprises: 'enterprise', lines: 'capacityLine', cases: 'case', tasks: 'task', milestones: 'milestone' };


export function assertCityLedger(ctx: ServiceContext): void {
  if (readSettings(ctx).level !== '市') {
    throw new LedgerError('VALIDATION', '本台账的本级为「县」，不能汇总各县报送包；市级台账请先在「设置」中把本级设为「市」（命令行：ledger settings set --level 市）');
  }
}

/** Every line and case must name an enterprise of the same package, or it could not be placed. */
function checkOwners(data: CountyData): void {
  const owners = new Set(data.tables.enterprises.map((e) => ownerKey(e.uscc, e.name)));
  for (const key of ['lines', 'cases'] as const) {
    const sheet = PACKAGE_SHEETS.find((s) => s.key === key)!;
    data.tables[key].forEach((r, i) => {
      if (!owners.has(ownerKey(r.enterpriseUscc, r.enterpriseName))) {
        throw new LedgerError('VALIDATION', `「${data.fileName}」的「${sheet.name}」表第 ${i + 2} 行：企业「${String(r.enterpriseName ?? '')}」不在「企业」表中，已拒收；请让${data.county}核对后重新报送`);
      }
    });
  }
}

export function planRollup(ctx: ServiceContext, data: CountyData): RollupPlan {
  assertCityLedger(ctx);
  if (!data.county.trim()) throw new LedgerError('VALIDATION', `「${data.fileName}」没有写明县（市、区），无法归入哪个县`);
  checkOwners(data);
  const held = heldPackage(ctx.db, data.county);
  const diffs = {} as Record<PackageSheetKey, TableDiff>;
  for (const key of PACKAGE_SHEET_KEYS) diffs[key] = diffTable(key, countyRows(ctx.db, key, data.county), data.tables[key]);
  const changes = Object.fromEntries(PACKAGE_SHEET_KEYS.map((k) => [k, { added: diffs[k].added.length, updated: diffs[k].updated.length, deleted: diffs[k].deleted.length }])) as Record<PackageSheetKey, TableChange>;
  const base = { data, heldExportedAt: held?.exportedAt ?? null, changes, diffs };
  if (held && Date.parse(data.exportedAt) < Date.parse(held.exportedAt)) {
    const reason = `${data.county}已报送 ${localStamp(held.exportedAt)} 导出的「${held.fileName}」，此文件导出于 ${localStamp(data.exportedAt)}，较旧，已拒收；台账未改动`;
    return { ...base, verdict: 'refused', reason };
  }
  const changed = PACKAGE_SHEET_KEYS.some((k) => changes[k].added + changes[k].updated + changes[k].deleted > 0);
  if (held && !changed && held.exportedAt === data.exportedAt) return { ...base, verdict: 'same', reason: null };
  return { ...base, verdict: held ? 'replace' : 'new', reason: null };
}

function applyTable(ctx: ServiceContext, stamp: AuditStamp, key: PackageSheetKey, plan: RollupPlan, enterpriseIds: Map<string, number>): void {
  const { county } = plan.data;
  const entity = AUDIT_ENTITY[key];
  const diff = plan.diffs[key];
  const owner = (r: Record<string, unknown>) => enterpriseIds.get(ownerKey(r.enterpriseUscc, r.enterpriseName)) ?? 0;
  for (const h of diff.deleted) {
    deleteCountyRow(ctx.db, key, h.id, stamp.at);
    recordAudit(ctx, stamp, { entity, entityId: h.id, action: 'delete' });
  }
  for (const u of diff.updated) {
    updateCountyRow(ctx.db, key, u.id, u.row, stamp.at);
    for (const f of u.fields) if (f !== 'enterpriseName' && f !== 'enterpriseUscc') recordAudit(ctx, stamp, { entity, entityId: u.id, action: 'update', field: f, newValue: u.row[f] ?? null });
    if (key === 'enterprises') enterpriseIds.set(ownerKey(u.row.uscc, u.row.name), u.id);
  }
  for (const h of diff.unchanged) if (key === 'enterprises') enterpriseIds.set(ownerKey(h.row.uscc, h.row.name), h.id);
  for (const row of diff.added) {
    const id = insertCountyRow(ctx.db, key, county, row, owner(row), stamp.at);
    // One entry per created row: its values are the package's, named by the batch's source.
    recordAudit(ctx, stamp, { entity, entityId: id, action: 'create' });
    if (key === 'enterprises') enterpriseIds.set(ownerKey(row.uscc, row.name), id);
  }
}

export interface RollupApplied {
  plan: RollupPlan;
  /** Enterprises whose credit code another county also reports, after this package. */
  sharedCreditCodes: SharedCreditCode[];
}

/** Applies a planned package in one transaction; a refused or unchanged plan writes nothing. */
export function applyRollup(ctx: ServiceContext, plan: RollupPlan): RollupApplied {
  if (plan.verdict === 'refused') throw new LedgerError('VALIDATION', plan.reason ?? '已拒收');
  if (plan.verdict !== 'same') {
    const { data } = plan;
    const stamp = beginAudit(ctx, `汇总报送包：${data.fileName}（${data.county}，${localStamp(data.exportedAt)}导出）`);
    const apply = ctx.db.transaction(() => {
      const enterpriseIds = new Map<string, number>();
      // The county's rows and their audit entries go in a hundred to a statement (db/bulk.ts),
      // as an import's do; the deletions are of rows held before, never of rows written here.
      withBufferedInserts(ctx.db, () => {
        for (const key of PACKAGE_SHEET_KEYS) applyTable(ctx, stamp, key, plan, enterpriseIds);
      });
      saveHeldPackage(ctx.db, {
        county: data.county,
        kind: data.kind,
        year: data.year,
        exportedAt: data.exportedAt,
        checksum: data.checksum,
        appVersion: data.appVersion,
        fileName: data.fileName,
        receivedAt: stamp.at,
        rowCounts: packageRowCounts(data.tables),
      });
    });
    try {
      apply();
    } catch (err) {
      // A row that fails when its buffer is written fails as it would have on its own.
      throw err instanceof BufferedInsertError ? err.original : err;
    }
  }
  return { plan, sharedCreditCodes: sharedCreditCodes(ctx.db) };
}
