import { readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * Reads a file of the built renderer for a URL path, or null when it does not exist or the
 * path would leave the folder (`..`, encoded slashes). Shared by the app:// protocol and the
 * browser harness so both serve exactly the same files. Synchronous on purpose: the page's
 * code is sent the moment it is asked for, even while a large data read is being prepared.
 */
export function readStaticFile(rendererDir: string, urlPath: string): { body: Buffer; type: string } | null {
  const root = normalize(rendererDir);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, rel));
  if (!file.startsWith(root + sep)) return null;
  try {
    return { body: readFileSync(file), type: contentType(file) };
  } catch {
    return null;
  }
}
