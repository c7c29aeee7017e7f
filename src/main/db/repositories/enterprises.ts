import type { Database } from 'better-sqlite3';
import { LedgerError } from '../../../shared/errors';
import { enterpriseEntity, type Enterprise } from '../../../shared/entities/enterprise';
import { createdInScope } from '../bulk';
import { matchKey } from '../../../shared/normalise/text';
import { prepared, required, selectList, tableSpecOf } from '../sql';

export const ENTERPRISE_TABLE = tableSpecOf(enterpriseEntity);

const SELECT = `SELECT id, ${selectList(ENTERPRISE_TABLE.fields)}, created_at AS "createdAt", updated_at AS "updatedAt", deleted_at AS "deletedAt" FROM enterprises`;

export function listEnterprises(db: Database, opts: { deleted?: boolean } = {}): Enterprise[] {
  const where = opts.deleted ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  return prepared(db, `${SELECT} WHERE ${where} ORDER BY id`).all() as Enterprise[];
}

export function getEnterprise(db: Database, id: number): Enterprise | undefined {
  return prepared(db, `${SELECT} WHERE id = ?`).get(id) as Enterprise | undefined;
}

export function requireEnterprise(db: Database, id: number): Enterprise {
  return required(getEnterprise(db, id), `找不到编号为 ${id} 的企业`);
}

/**
 * The live enterprise holding a credit code in any county, other than `exceptId`. The only index
 * on credit codes is (county, uscc) (migration 0010), which a bare `uscc = ?` cannot use: every
 * call scanned the enterprises, and an import's commit, which asks once per enterprise it
 * creates, grew with the square of the file (9 of its 15 s at 25,000 enterprises). So the
 * query walks the few distinct counties through enterprises_county, one index step each, and
 * looks the code up under each of them through enterprises_uscc.
 */
export const BY_USCC_SQL = `WITH RECURSIVE held(county) AS (
    SELECT min(county) FROM enterprises WHERE deleted_at IS NULL
    UNION ALL
    SELECT (SELECT min(county) FROM enterprises WHERE deleted_at IS NULL AND county > held.county) FROM held WHERE held.county IS NOT NULL
  )
  ${SELECT} WHERE county IN (SELECT county FROM held) AND uscc = ? AND deleted_at IS NULL AND id <> ?`;

export function findEnterpriseByUscc(db: Database, uscc: string, exceptId = 0): Enterprise | undefined {
  return prepared(db, BY_USCC_SQL).get(uscc, exceptId) as Enterprise | undefined;
}

/**
 * The live enterprise holding a credit code in one county's register, other than `exceptId`:
 * a code is unique within a county (migration 0010), so a city ledger checks a firm's code
 * against its own county only. One step of the (county, uscc) index.
 */
export function findEnterpriseByUsccIn(db: Database, uscc: string, county: string, exceptId = 0): Enterprise | undefined {
  return prepared(db, `${SELECT} WHERE county = ? AND uscc = ? AND deleted_at IS NULL AND id <> ?`).get(county, uscc, exceptId) as Enterprise | undefined;
}

/** Every live enterprise holding a credit code: one per county that reports it, in a city ledger. */
export function enterprisesByUscc(db: Database, uscc: string): Enterprise[] {
  return prepared(db, BY_USCC_SQL).all(uscc, 0) as Enterprise[];
}

/**
 * The live enterprises of this exact name, else of the same name in other widths (（集团） /
 * (集团)). More than one only where counties (or careless entries) share a name.
 */
export function enterprisesByName(db: Database, name: string): Enterprise[] {
  const exact = prepared(db, `${SELECT} WHERE name = ? AND deleted_at IS NULL ORDER BY id`).all(name) as Enterprise[];
  if (exact.length) return exact;
  const key = matchKey(name);
  const rows = prepared(db, 'SELECT id, name FROM enterprises WHERE deleted_at IS NULL ORDER BY id').all() as { id: number; name: string }[];
  return rows.filter((r) => matchKey(r.name) === key).map((r) => prepared(db, `${SELECT} WHERE id = ?`).get(r.id) as Enterprise);
}

/** The county an enterprise was reported by: '' in a county's own ledger (and for an unknown id). */
export function enterpriseCounty(db: Database, id: number): string {
  return (prepared(db, 'SELECT county FROM enterprises WHERE id = ?').get(id) as { county: string } | undefined)?.county ?? '';
}

export function countEnterprises(db: Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM enterprises WHERE deleted_at IS NULL').get() as { n: number }).n;
}

/** Whether a live (not deleted) enterprise has this id: the check a new line or case makes. */
export function isLiveEnterprise(db: Database, id: number): boolean {
  // An import's commit asks this for each of its lines and cases, most often of an enterprise it
  // has just created (db/bulk.ts), which is live without asking the database.
  if (createdInScope(db, 'enterprises', id)) return true;
  return prepared(db, 'SELECT 1 FROM enterprises WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}

/** The parent a new or changed line or case names must be live; the error names the 所属企业 column. */
export function requireLiveEnterprise(db: Database, id: number): void {
  if (!isLiveEnterprise(db, id)) {
    throw new LedgerError('NOT_FOUND', `所属企业（编号 ${id}）不存在或已删除，请先恢复或选择其他企业`, 'enterpriseId');
  }
}

/** The columns a public list shows of each enterprise on it (名称, 县, 信用代码, 乡镇, 行业), by id. */
export interface EnterpriseListColumns {
  enterpriseName: string;
  county: string;
  uscc: string | null;
  town: string | null;
  industry: string | null;
}

export function enterpriseListColumns(db: Database, ids: readonly number[]): Map<number, EnterpriseListColumns> {
  const rows = prepared(
    db,
    'SELECT id, name AS "enterpriseName", county, uscc, town, industry FROM enterprises WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as (EnterpriseListColumns & { id: number })[];
  return new Map(rows.map(({ id, ...columns }) => [id, columns]));
}
