import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { storedPath } from '../evidence/store';

/**
 * Evidence files (photos, notices) live outside the database, stored by content hash and never
 * changed in place. A backup in the data folder's backups/ refers to them by hash; a backup to
 * a chosen file (a USB stick, another PC) carries them along in a folder beside it, and a
 * restore from such a file brings back the ones the data folder lacks.
 */
export function evidenceFolderFor(backupFile: string): string {
  return `${backupFile}-附件`;
}

function referencedHashes(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence_files'").get();
    if (!has) return [];
    return (db.prepare('SELECT DISTINCT sha256 FROM evidence_files').all() as { sha256: string }[]).map((r) => r.sha256);
  } finally {
    db.close();
  }
}

/** Copies the evidence a backup file refers to into the folder beside it; returns how many. */
export function exportEvidence(backupFile: string, dataDir: string): number {
  let copied = 0;
  for (const sha of referencedHashes(backupFile)) {
    const from = storedPath(dataDir, sha);
    const to = storedPath(evidenceFolderFor(backupFile), sha);
    if (!existsSync(from) || existsSync(to)) continue;
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
  }
  return copied;
}

/** Copies evidence found beside a backup file into the data folder, never overwriting. */
export function importEvidence(backupFile: string, dataDir: string): number {
  const folder = join(evidenceFolderFor(backupFile), 'evidence');
  if (!existsSync(folder)) return 0;
  let copied = 0;
  for (const prefix of readdirSync(folder)) {
    for (const sha of readdirSync(join(folder, prefix))) {
      const to = storedPath(dataDir, sha);
      if (existsSync(to)) continue;
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(folder, prefix, sha), to);
      copied++;
    }
  }
  return copied;
}
