import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { LedgerError } from '../../shared/errors';

/**
 * Writes a file so that the target is either the old file or the complete new one, never a
 * half-written mix:
 *   1. write into a temporary file beside the target (same folder, so the rename stays on one
 *      volume and is atomic);
 *   2. fsync the temporary file, so its bytes are on disk before its name is;
 *   3. rename it over the target (on Windows MoveFileEx with REPLACE_EXISTING);
 *   4. fsync the folder where the platform allows it, so the rename itself survives a crash.
 * Any failure or cancellation removes the temporary file and leaves the target untouched.
 */

export interface AtomicWriteOptions {
  /** Cancels the write: the temporary file is removed and the target stays as it was. */
  signal?: AbortSignal;
}

/** Called with the stream to fill; it must end the stream (or let a library end it) and resolve once it has. */
export type StreamProducer = (out: Writable, signal: AbortSignal | undefined) => Promise<void>;

export function cancelledError(): LedgerError {
  return new LedgerError('CANCELLED', '已取消导出，没有生成文件，原有文件未改动');
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

export function tempPathFor(target: string): string {
  // Hidden, unique and recognisable, so a stray one after a power cut is easy to spot.
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * The same steps, synchronously, for small files written where nothing may wait (a window's
 * close handler, a menu command) or where the caller is synchronous (the evidence store).
 * `mode` is set on the file before it takes the target's name (0o444: stored evidence is read-only).
 */
export function writeFileAtomicSync(target: string, data: Uint8Array | string, opts: { mode?: number } = {}): void {
  const tmp = tempPathFor(target);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.mode !== undefined) chmodSync(tmp, opts.mode);
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export async function writeFileAtomic(target: string, data: Uint8Array | string, opts: AtomicWriteOptions = {}): Promise<void> {
  await writeStreamAtomic(
    target,
    async (out) => {
      out.end(data);
      await finished(out);
    },
    opts,
  );
}

export async function writeStreamAtomic(target: string, produce: StreamProducer, opts: AtomicWriteOptions = {}): Promise<void> {
  const { signal } = opts;
  throwIfCancelled(signal);
  const tmp = tempPathFor(target);
  const out = createWriteStream(tmp, { flags: 'wx' });
  try {
    // Opening fails early and clearly (missing folder, no permission) before any work is done.
    await once(out, 'open');
    await produce(out, signal);
    if (!out.writableFinished) await finished(out);
    throwIfCancelled(signal);
    await fsyncFile(tmp);
    throwIfCancelled(signal);
    await renameWithRetry(tmp, target);
  } catch (err) {
    await closeQuietly(out);
    await removeQuietly(tmp);
    throw translateFsError(err, target);
  }
  await fsyncDirectory(dirname(target));
}

async function fsyncFile(file: string): Promise<void> {
  // 'r+' because Windows only flushes a handle opened for writing.
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function fsyncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open or fsync a folder; NTFS journals the rename itself.
  }
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Windows virus scanners and the search indexer hold new files for a moment: retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= 4) throw err;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
}

/** Windows cannot delete a file that is still open, so wait for the handle to close. */
async function closeQuietly(out: WriteStream): Promise<void> {
  // A library still piping into the stream must not crash the process with a late write error.
  out.on('error', () => undefined);
  if (out.closed) return;
  const closed = once(out, 'close').catch(() => undefined);
  out.destroy();
  await closed;
}

async function removeQuietly(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch {
    // Already gone, or never created.
  }
}

function translateFsError(err: unknown, target: string): unknown {
  if (err instanceof LedgerError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const name = basename(target);
  switch (code) {
    case 'EPERM':
    case 'EBUSY':
    case 'EACCES':
      return new LedgerError('VALIDATION', `无法写入「${name}」：文件可能正被 Excel、WPS 等程序打开，或没有写入权限。请关闭该文件后重试，或另选保存位置。`);
    case 'ENOENT':
      return new LedgerError('VALIDATION', `无法写入「${name}」：保存位置不存在，请另选文件夹。`);
    case 'ENOSPC':
      return new LedgerError('VALIDATION', `无法写入「${name}」：磁盘空间不足，请清理后重试。原有文件未改动。`);
    default:
      return err;
  }
}
