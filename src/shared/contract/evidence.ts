import { z } from '../schemas/zod';
import { entityId } from '../schemas/fields';
import { command, query } from './channel';

/**
 * 佐证材料: files attached to a case or a capacity line (整改通知书, 复查记录, 验收意见, photos
 * before, during and after dismantling), stored once by content hash.
 */

export const EVIDENCE_OWNERS = ['case', 'capacityLine'] as const;
export const EVIDENCE_CATEGORIES = ['整改通知书', '复查记录', '验收意见', '拆除前照片', '拆除中照片', '拆除后照片', '其他材料'] as const;
/** 50 MB: a scanned notice or a phone photo is far smaller; a video is not evidence here. */
export const EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;

export const EvidenceFile = z.object({
  id: entityId,
  owner: z.enum(EVIDENCE_OWNERS),
  ownerId: entityId,
  category: z.string(),
  name: z.string(),
  /** jpg, png, pdf, docx … as detected from the content. */
  type: z.string(),
  isImage: z.boolean(),
  bytes: z.number().int(),
  sha256: z.string(),
  note: z.string().nullable(),
  operator: z.string(),
  createdAt: z.string(),
});
export type EvidenceFile = z.output<typeof EvidenceFile>;

const Owner = { owner: z.enum(EVIDENCE_OWNERS), ownerId: entityId };

export const evidenceChannels = {
  'evidence:list': query(z.object(Owner).strict(), z.array(EvidenceFile)),
  'evidence:add': command(
    z
      .object({
        ...Owner,
        category: z.enum(EVIDENCE_CATEGORIES, { error: `类别应为：${EVIDENCE_CATEGORIES.join('、')}` }),
        name: z.string().trim().min(1).max(255),
        base64: z.string().min(1).max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 4),
        note: z.string().max(500).optional(),
      })
      .strict(),
    EvidenceFile,
  ),
  /** An image's content as a data: URL, for the thumbnail (null for other types or large files). */
  'evidence:preview': query(z.object({ id: entityId }).strict(), z.object({ dataUrl: z.string().nullable() })),
  /** Opens a copy in the system viewer: the stored file is never edited in place. */
  'evidence:open': query(z.object({ id: entityId }).strict(), z.object({ opened: z.boolean() })),
  /** Unlinks the file from its owner; the stored file stays, since backups refer to it. */
  'evidence:remove': command(z.object({ id: entityId }).strict(), z.object({ removed: z.boolean() })),
};
