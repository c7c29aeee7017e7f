/**
 * Which files are accepted as evidence, told by their first bytes rather than their name: a
 * renamed executable must not get into the evidence folder as "照片.jpg". Photos may carry any
 * image extension (phones mislabel them); a document's extension must match its content, since
 * the system viewer chooses the program by it.
 */

export interface DetectedType {
  /** jpg, png, pdf, docx … */
  readonly type: string;
  readonly mime: string;
  /** Shown as a thumbnail in the page (Chromium can draw it). */
  readonly isImage: boolean;
}

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'heic', 'heif'];
const OLE_EXTENSIONS: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel', wps: 'application/vnd.ms-works', et: 'application/vnd.ms-excel' };
const ZIP_EXTENSIONS: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
};

export const ACCEPTED_DESCRIPTION = '照片（jpg、png、gif、webp、bmp、heic）、PDF、OFD、Word（doc、docx、wps）、Excel（xls、xlsx、et）';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function image(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: 'jpg', mime: 'image/jpeg', isImage: true };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'png', mime: 'image/png', isImage: true };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { type: 'gif', mime: 'image/gif', isImage: true };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { type: 'webp', mime: 'image/webp', isImage: true };
  if (startsWith(bytes, ascii('BM')) && bytes.length > 26) return { type: 'bmp', mime: 'image/bmp', isImage: true };
  if (startsWith(bytes, ascii('ftyp'), 4) && /^(heic|heix|hevc|mif1|msf1)$/.test(String.fromCharCode(...bytes.slice(8, 12)))) {
    return { type: 'heic', mime: 'image/heic', isImage: false };
  }
  return null;
}

/** The type of `bytes` named `name`, or why it is refused (in Chinese). */
export function detectFileType(bytes: Uint8Array, name: string): DetectedType | string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const img = image(bytes);
  if (img) {
    if (ext && !IMAGE_EXTENSIONS.includes(ext)) return `文件“${name}”的内容是图片（${img.type}），与扩展名 .${ext} 不符，请改正扩展名后再添加`;
    return img;
  }
  if (startsWith(bytes, ascii('%PDF-'))) {
    return ext === 'pdf' ? { type: 'pdf', mime: 'application/pdf', isImage: false } : `文件“${name}”的内容是 PDF，请使用 .pdf 扩展名`;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const mime = OLE_EXTENSIONS[ext];
    return mime ? { type: ext, mime, isImage: false } : `文件“${name}”是旧版 Office 文档，扩展名应为 .doc、.xls、.wps 或 .et`;
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const mime = ZIP_EXTENSIONS[ext];
    return mime ? { type: ext, mime, isImage: false } : `文件“${name}”是压缩包格式，只接受 .docx、.xlsx、.ofd 文档，不接受其他压缩文件`;
  }
  return `不支持文件“${name}”的类型。可以添加：${ACCEPTED_DESCRIPTION}`;
}
