import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomicSync } from '../fs/atomicWrite';
import { safeFileName } from '../../shared/fileName';

/**
 * The evidence folder beside the ledger: <dataDir>/evidence/<sha256[0..2]>/<sha256>. A file is
 * stored once by its content hash and never changed or deleted in place — rows refer to it, and
 * so do backups of the ledger — so it is written under a temporary name, made read-only, and
 * only then renamed into place. The system viewer gets a copy, never the stored file.
 */

export function evidenceDir(dataDir: string): string {
  return join(dataDir, 'evidence');
}

export function storedPath(dataDir: string, sha256: string): string {
  return join(evidenceDir(dataDir), sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores the bytes (if not there already) and returns their hash. */
export function storeEvidence(dataDir: string, bytes: Uint8Array): string {
  const sha256 = sha256Of(bytes);
  const target = storedPath(dataDir, sha256);
  if (existsSync(target)) return sha256;
  mkdirSync(dirname(target), { recursive: true });
  writeFileAtomicSync(target, bytes, { mode: 0o444 });
  return sha256;
}

export function readEvidence(dataDir: string, sha256: string): Buffer {
  return readFileSync(storedPath(dataDir, sha256));
}

/**
 * A copy under the file's original name in the temp folder, for the system viewer: whatever
 * the user does in Word or the photo viewer cannot change the stored evidence.
 */
export function viewerCopy(dataDir: string, sha256: string, id: number, name: string): string {
  // A folder per opening: an earlier copy may still be open (and locked) in its viewer.
  const dir = join(tmpdir(), '落后产能退出台账-查看', `${id}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, safeFileName(name, '证明材料'));
  copyFileSync(storedPath(dataDir, sha256), target);
  chmodSync(target, 0o644);
  return target;
}
