import { dirname, basename } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { EVIDENCE_MAX_BYTES, type EvidenceFile } from '../../shared/contract/evidence';
import { detectFileType } from '../evidence/fileTypes';
import { readEvidence, storeEvidence, viewerCopy } from '../evidence/store';
import { getStoredEvidence, insertEvidence, listStoredEvidence, markEvidenceRemoved, ownerIsLive, type StoredEvidence, requireLiveEvidence } from '../db/repositories/evidence';
import type { ServiceContext } from './context';
import { beginAudit, recordAudit } from './audit';
import { safeFileName } from '../../shared/fileName';

/**
 * 佐证材料 of a case or a capacity line. The renderer sends a file's content (it read the file
 * the user picked or dropped); main checks size and type by content, stores it by hash in the
 * data folder and records who attached what, under its original name.
 */

const DRAWABLE = new Set(['jpg', 'png', 'gif', 'webp', 'bmp']);
const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp' };
/** Larger photos are not inlined as previews; 打开 shows them in the system viewer. */
const PREVIEW_MAX_BYTES = 12 * 1024 * 1024;
const OWNER_LABEL = { case: '整改事项', capacityLine: '设备（生产线）' } as const;

function dataDirOf(ctx: ServiceContext): string {
  if (ctx.dbPath === ':memory:') throw new LedgerError('VALIDATION', '内存数据库没有数据文件夹，无法保存佐证材料');
  return dirname(ctx.dbPath);
}

function toView(e: StoredEvidence): EvidenceFile {
  return {
    id: e.id,
    owner: e.owner,
    ownerId: e.ownerId,
    category: e.category,
    name: e.name,
    type: e.type,
    isImage: DRAWABLE.has(e.type),
    bytes: e.bytes,
    sha256: e.sha256,
    note: e.note,
    operator: e.operator,
    createdAt: e.createdAt,
  };
}

export function listEvidence(ctx: ServiceContext, owner: 'case' | 'capacityLine', ownerId: number): EvidenceFile[] {
  return listStoredEvidence(ctx.db, owner, ownerId).map(toView);
}

export interface NewEvidence {
  owner: 'case' | 'capacityLine';
  ownerId: number;
  category: string;
  name: string;
  base64: string;
  note?: string | undefined;
}

export function addEvidence(ctx: ServiceContext, input: NewEvidence): EvidenceFile {
  const audit = beginAudit(ctx);
  const given = basename(input.name.replace(/\\/g, '/')).trim();
  if (!given) throw new LedgerError('VALIDATION', '文件名不能为空');
  // Kept as the name the copy for the viewer gets: a NUL or a right-to-left override never reaches the disk.
  const name = safeFileName(given, '证明材料');
  if (!ownerIsLive(ctx.db, input.owner, input.ownerId)) {
    throw new LedgerError('NOT_FOUND', `找不到编号为 ${input.ownerId} 的${OWNER_LABEL[input.owner]}，可能已被删除`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.base64)) throw new LedgerError('BAD_REQUEST', '文件内容编码不正确');
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0) throw new LedgerError('VALIDATION', `文件“${name}”是空文件`);
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw new LedgerError('VALIDATION', `文件“${name}”有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 50 MB 的上限；照片请压缩后再添加`);
  }
  const detected = detectFileType(bytes, name);
  if (typeof detected === 'string') throw new LedgerError('VALIDATION', detected);
  const sha256 = storeEvidence(dataDirOf(ctx), bytes);
  const id = ctx.db.transaction(() => {
    const values = {
      sha256,
      name,
      type: detected.type,
      bytes: bytes.length,
      category: input.category,
      owner: input.owner,
      ownerId: input.ownerId,
      note: input.note?.trim() || null,
      operator: audit.operator,
      createdAt: audit.at,
    };
    const newId = insertEvidence(ctx.db, values);
    recordAudit(ctx, audit, { entity: 'evidence', entityId: newId, action: 'create', newValue: { ...values, operator: undefined, createdAt: undefined } });
    return newId;
  })();
  return toView(getStoredEvidence(ctx.db, id)!);
}


export function previewEvidence(ctx: ServiceContext, id: number): { dataUrl: string | null } {
  const e = requireLiveEvidence(ctx.db, id);
  if (!DRAWABLE.has(e.type) || e.bytes > PREVIEW_MAX_BYTES) return { dataUrl: null };
  try {
    return { dataUrl: `data:${MIME[e.type]};base64,${readEvidence(dataDirOf(ctx), e.sha256).toString('base64')}` };
  } catch {
    throw new LedgerError('NOT_FOUND', `佐证材料“${e.name}”的文件不在数据文件夹中（evidence 文件夹可能未随数据一起复制）`);
  }
}

export async function openEvidence(ctx: ServiceContext, id: number): Promise<{ opened: boolean }> {
  const e = requireLiveEvidence(ctx.db, id);
  let copy: string;
  try {
    copy = viewerCopy(dataDirOf(ctx), e.sha256, e.id, e.name);
  } catch (err) {
    if (err instanceof LedgerError) throw err;
    throw new LedgerError('NOT_FOUND', `佐证材料“${e.name}”的文件不在数据文件夹中（evidence 文件夹可能未随数据一起复制）`);
  }
  await ctx.shell.openPath(copy);
  return { opened: true };
}

/** Unlinks the file from its owner; the stored file stays, since backups refer to it by hash. */
export function removeEvidence(ctx: ServiceContext, id: number): { removed: boolean } {
  const audit = beginAudit(ctx);
  return ctx.db.transaction(() => {
    const e = requireLiveEvidence(ctx.db, id);
    markEvidenceRemoved(ctx.db, id, audit.at);
    recordAudit(ctx, audit, { entity: 'evidence', entityId: id, action: 'delete', oldValue: { name: e.name, owner: e.owner, ownerId: e.ownerId } });
    return { removed: true };
  })();
}
