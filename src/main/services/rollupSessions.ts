import { randomUUID } from 'node:crypto';
import { LedgerError, toErrorInfo } from '../../shared/errors';
import { sharedCodesAcross, type CountyEnterprise, type SharedCode } from '../../shared/countyPackage/sharedCodes';
import { countyRows, heldPackages, sharedCreditCodes } from '../db/repositories/countyData';
import { backupNow } from './backups';
import type { ServiceContext } from './context';
import { assertCityLedger } from './countyRollup';
import { inRollupOrder, planFiles, readCountyBytes, type ReadCountyFile, type RollupFileResult } from './rollupFiles';

/**
 * 导入 → 汇总报送包 in the app. The page sends the chosen (or dropped) files one by one; each is
 * read here at once, so a broken or tampered file is named as it arrives.
 *   1. `add`: read a file into the county data it carries (or its refusal), held in the session;
 *   2. `preview`: plan every held file against the ledger as the roll-up would, writing nothing;
 *   3. `commit`: a job — backup, then each county's file applied in its own transaction, planned
 *      again against the ledger as it is then (what the preview showed, unless someone changed it).
 */
interface Session {
  /** File names in the order they were chosen: the preview lists them so. */
  order: string[];
  read: ReadCountyFile[];
  refused: RollupFileResult[];
  busy: boolean;
}

export interface RollupPreview {
  sessionId: string;
  files: RollupFileResult[];
  sharedCreditCodes: SharedCode[];
}

const KEEP = 4;
const sessions = new WeakMap<ServiceContext, Map<string, Session>>();

function sessionsOf(ctx: ServiceContext): Map<string, Session> {
  let s = sessions.get(ctx);
  if (!s) sessions.set(ctx, (s = new Map()));
  return s;
}

function session(ctx: ServiceContext, id: string): Session {
  const s = sessionsOf(ctx).get(id);
  if (!s) throw new LedgerError('NOT_FOUND', '已选的报送包已失效，请重新选择文件');
  return s;
}

function unreadable(file: string, err: unknown): RollupFileResult {
  return { file, county: null, kind: null, exportedAt: null, verdict: 'unreadable', reason: toErrorInfo(err).message, changes: null, rows: null };
}

/** Reads one file into a session (a new one when sessionId is null); answers what it carried. */
export async function addRollupFile(ctx: ServiceContext, sessionId: string | null, fileName: string, data: Uint8Array, modifiedAt: string): Promise<{ sessionId: string; counties: string[]; refused: string | null }> {
  assertCityLedger(ctx);
  const all = sessionsOf(ctx);
  const id = sessionId ?? randomUUID();
  const s = sessionId ? session(ctx, sessionId) : { order: [], read: [], refused: [], busy: false };
  if (!sessionId) {
    all.set(id, s);
    while (all.size > KEEP) all.delete(all.keys().next().value!);
  }
  if (s.busy) throw new LedgerError('CONFLICT', '正在汇总，请稍候');
  // A file chosen twice counts once: the later choice stands.
  s.read = s.read.filter((r) => r.file !== fileName);
  s.refused = s.refused.filter((r) => r.file !== fileName);
  s.order = [...s.order.filter((f) => f !== fileName), fileName];
  try {
    const read = await readCountyBytes(ctx, data, fileName, () => modifiedAt);
    s.read.push(...read.map((d) => ({ file: fileName, data: d })));
    return { sessionId: id, counties: read.map((d) => d.county), refused: null };
  } catch (err) {
    const r = unreadable(fileName, err);
    s.refused.push(r);
    return { sessionId: id, counties: [], refused: r.reason };
  }
}

/** The enterprises each county would hold after the roll-up: the files' for their counties, the ledger's for the rest. */
function enterprisesAfter(ctx: ServiceContext, read: readonly ReadCountyFile[]): Map<string, CountyEnterprise[]> {
  const byCounty = new Map<string, CountyEnterprise[]>();
  for (const p of heldPackages(ctx.db)) byCounty.set(p.county, countyRows(ctx.db, 'enterprises', p.county).map((h) => ({ name: String(h.row.name ?? ''), uscc: (h.row.uscc as string | null) ?? null })));
  // Oldest first, so a county's newest file is the one that stands (as in the roll-up itself).
  const byDate = [...read].sort((a, b) => Date.parse(a.data.exportedAt) - Date.parse(b.data.exportedAt));
  for (const { data } of byDate) byCounty.set(data.county, data.tables.enterprises.map((e) => ({ name: String(e.name ?? ''), uscc: (e.uscc as string | null) ?? null })));
  return byCounty;
}

function inFileOrder(files: readonly string[], results: RollupFileResult[]): RollupFileResult[] {
  const order = new Map(files.map((f, i) => [f, i]));
  return results.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}

export function previewRollup(ctx: ServiceContext, sessionId: string): RollupPreview {
  assertCityLedger(ctx);
  const s = session(ctx, sessionId);
  const planned = planFiles(ctx, s.read, true);
  const taken = s.read.filter((r) => planned.some((p) => p.file === r.file && p.county === r.data.county && p.verdict !== 'refused' && p.verdict !== 'unreadable'));
  return { sessionId, files: inFileOrder(s.order, [...s.refused, ...planned]), sharedCreditCodes: sharedCodesAcross(enterprisesAfter(ctx, taken)) };
}

export function startRollupCommit(ctx: ServiceContext, sessionId: string): string {
  assertCityLedger(ctx);
  const s = session(ctx, sessionId);
  if (s.read.length === 0) throw new LedgerError('VALIDATION', '没有可以汇总的报送包，请重新选择文件');
  if (s.busy) throw new LedgerError('CONFLICT', '正在汇总，请稍候');
  s.busy = true;
  return ctx.jobs.start('rollup', async ({ signal, progress }): Promise<RollupPreview> => {
    try {
      // README, Data safety: a backup before every import that writes anything.
      if (ctx.dbPath !== ':memory:') {
        progress(0, s.read.length, '正在备份当前数据…');
        await backupNow(ctx, 'pre-import', { signal });
      }
      const applied: RollupFileResult[] = [];
      // One county's file at a time, each its own transaction; between them progress shows and
      // 取消 is heard. A cancel keeps the counties already rolled up and says which.
      for (const r of inRollupOrder(s.read)) {
        if (signal.aborted) {
          const done = [...new Set(applied.filter((a) => a.verdict === 'new' || a.verdict === 'replace').map((a) => a.county))];
          throw new LedgerError('CANCELLED', done.length ? `已取消汇总：${done.join('、')}已写入台账，其余未改动` : '已取消汇总，台账未改动');
        }
        applied.push(...planFiles(ctx, [r], false));
        progress(applied.length, s.read.length, `已汇总 ${applied.length} / ${s.read.length} 个报送包`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      sessionsOf(ctx).delete(sessionId);
      const shared = sharedCreditCodes(ctx.db).map(({ county, name, uscc, otherCounties }) => ({ county, name, uscc, otherCounties }));
      return { sessionId, files: inFileOrder(s.order, [...s.refused, ...applied]), sharedCreditCodes: shared };
    } finally {
      s.busy = false;
    }
  });
}

export function closeRollup(ctx: ServiceContext, sessionId: string): boolean {
  return sessionsOf(ctx).delete(sessionId);
}
