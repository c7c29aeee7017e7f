import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * What the bridge checks before it reads a request's body or dispatches it. A page elsewhere on
 * this machine (http://127.0.0.1:9999 is the same *site* for cookies) can send a "simple" POST
 * with no preflight and the harness cookie attached, so the cookie alone never authorises a call:
 *   1. the peer is loopback and there is exactly one Host header, naming 127.0.0.1:PORT (DNS
 *      rebinding);
 *   2. a call (POST /api/…) from a browser must come from our own origin: another Origin, or a
 *      Sec-Fetch-Site other than same-origin, is refused before anything else (403);
 *   3. it is authorised by the token in the X-Ledger-Token header, or by the session cookie
 *      together with our own Origin and Sec-Fetch-Site: same-origin (what a browser sends for
 *      the page's own fetch, and cannot be made to send for another page's);
 *   4. the body is declared application/json (a form or text/plain POST needs no preflight);
 *   5. the channel is a well-formed name (noun:verb); a malformed one is a 400, never a 500.
 * Each refusal is a status with a Chinese reason.
 */
export interface Refusal {
  status: number;
  message: string;
}

const refuse = (status: number, message: string): Refusal => ({ status, message });

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Belt and braces: the server binds 127.0.0.1, and still checks who is talking. */
export function isLoopbackPeer(req: Pick<IncomingMessage, 'socket'>): boolean {
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
}

function headerCount(req: IncomingMessage, name: string): number {
  let n = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === name) n++;
  return n;
}

export function cookieToken(req: IncomingMessage): string {
  return /(?:^|;\s*)ledger_token=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
}

/** Steps 1 and the URL itself: every request, page or call. */
export function checkConnection(req: IncomingMessage, port: number): Refusal | URL {
  if (!isLoopbackPeer(req)) return refuse(403, '仅允许本机访问');
  if (headerCount(req, 'host') !== 1) return refuse(400, '请求必须带且只带一个 Host 头');
  if (req.headers.host !== `127.0.0.1:${port}`) return refuse(421, '主机名不正确，请使用 127.0.0.1 访问');
  const raw = req.url ?? '/';
  if (!raw.startsWith('/')) return refuse(400, '请求路径不正确');
  try {
    const url = new URL(raw, `http://127.0.0.1:${port}`);
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return refuse(400, '请求路径的编码不正确（含无效的 % 转义）');
  }
}

const CHANNEL_NAME = /^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/;

/** Steps 2–5 for a call; answers the channel name or the refusal. */
export function checkCall(req: IncomingMessage, url: URL, port: number, token: string): Refusal | { channel: string } {
  if (req.method !== 'POST') return refuse(405, '只接受 POST');
  const own = `http://127.0.0.1:${port}`;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (headerCount(req, 'origin') > 1 || (origin !== undefined && origin !== own)) {
    return refuse(403, `拒绝来自其他网页（${String(origin).slice(0, 80)}）的请求：只有本程序自己的页面可以调用数据服务`);
  }
  if (site !== undefined && site !== 'same-origin') return refuse(403, `拒绝跨站点的请求（Sec-Fetch-Site: ${String(site).slice(0, 40)}）：只有本程序自己的页面可以调用数据服务`);
  const header = req.headers['x-ledger-token'];
  const byHeader = typeof header === 'string' && sameSecret(header, token);
  const byPage = origin === own && site === 'same-origin' && sameSecret(cookieToken(req), token);
  if (!byHeader && !byPage) return refuse(401, '缺少或错误的访问令牌：调用数据服务须在 X-Ledger-Token 头中带上令牌');
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return refuse(415, '请求内容须为 JSON（Content-Type: application/json）');
  let channel: string;
  try {
    channel = decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    return refuse(400, '请求的通道名编码不正确');
  }
  if (!CHANNEL_NAME.test(channel)) return refuse(400, `请求的通道名不正确：「${channel.slice(0, 60)}」不是“名词:动词”的形式`);
  return { channel };
}

/** A page (GET) is authorised by the token in the query (first visit), the header or the cookie. */
export function pageToken(req: IncomingMessage, url: URL): string {
  const header = req.headers['x-ledger-token'];
  if (typeof header === 'string') return header;
  return cookieToken(req) || (url.searchParams.get('token') ?? '');
}
