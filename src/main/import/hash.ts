import { createHash } from 'node:crypto';

/** The file's identity for "imported before": SHA-256 of its bytes, hex. */
export function hashFile(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
