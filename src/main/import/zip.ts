import { inflateRawSync } from 'node:zlib';
import { LIMITS, MESSAGES, fail } from './limits';

/**
 * A minimal reader of the zip container of an .xlsx. It trusts nothing in the file: the central
 * directory is read first and every declared uncompressed size is checked against the limits
 * before one byte is inflated, and inflation itself is capped at the declared size, so a part
 * that lies about its size stops at the cap instead of filling the memory.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** Lists the entries and applies the size limits; a truncated file fails here. */
export function readZipDirectory(buf: Uint8Array, fileName: string): Map<string, ZipEntry> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const eocd = view.byteLength >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd < 0) fail(MESSAGES.truncated(fileName));
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 only matters for parts over 4 GB or 65,535 entries: far beyond any ledger.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) fail(MESSAGES.zipBomb(fileName));
  if (offset + size > eocd) fail(MESSAGES.truncated(fileName));
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) fail(MESSAGES.truncated(fileName));
    const entry: ZipEntry = {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: '',
    };
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > eocd) fail(MESSAGES.truncated(fileName));
    entry.name = decoder.decode(buf.subarray(p + 46, p + 46 + nameLen)).replace(/^\/+/, '');
    p += 46 + nameLen + extraLen + commentLen;
    checkEntrySize(entry, fileName);
    total += entry.uncompressedSize;
    if (total > LIMITS.zipTotalBytes) fail(MESSAGES.zipBomb(fileName));
    entries.set(entry.name, entry);
  }
  return entries;
}

function checkEntrySize(e: ZipEntry, fileName: string): void {
  if (e.compressedSize === 0xffffffff || e.uncompressedSize === 0xffffffff) fail(MESSAGES.zipBomb(fileName));
  if (e.uncompressedSize > LIMITS.zipEntryBytes) fail(MESSAGES.zipBomb(fileName));
  const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
  if (e.uncompressedSize > LIMITS.zipRatioFloorBytes && ratio > LIMITS.zipRatio) fail(MESSAGES.zipBomb(fileName));
}

/** The entry's bytes, inflated no further than its declared size. */
export function readZipEntry(buf: Uint8Array, entry: ZipEntry, fileName: string): Buffer {
  if (entry.flags & 1) fail(MESSAGES.encrypted(fileName));
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const h = entry.localHeaderOffset;
  if (h + 30 > buf.length || view.getUint32(h, true) !== LOCAL) fail(MESSAGES.truncated(fileName));
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  if (end > buf.length) fail(MESSAGES.truncated(fileName));
  const data = buf.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) fail(MESSAGES.truncated(fileName));
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  if (entry.method !== 8) fail(MESSAGES.notSpreadsheet(fileName));
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (err) {
    const tooLarge = err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    fail(tooLarge ? MESSAGES.zipBomb(fileName) : MESSAGES.truncated(fileName));
  }
  if (out.length !== entry.uncompressedSize) fail(MESSAGES.truncated(fileName));
  return out;
}
