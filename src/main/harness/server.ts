import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { readStaticFile } from '../security/staticFiles';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A loopback HTTP bridge that serves the built renderer and the same IPC handlers, so the real
 * UI can be tested and shown where Electron cannot run. It listens on 127.0.0.1 only, on a
 * random port, and every request must carry the per-run secret token (query, header or the
 * cookie set when the page is first opened with ?token=); the Host header must name the
 * loopback address, which stops DNS-rebinding pages from reaching it.
 */
export interface HarnessOptions {
  dispatch: Dispatch;
  rendererDir: string;
  token?: string;
  port?: number;
  maxBodyBytes?: number;
}

export interface Harness {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function presentedToken(req: IncomingMessage, url: URL): string {
  const header = req.headers['x-ledger-token'];
  if (typeof header === 'string') return header;
  const cookie = /(?:^|;\s*)ledger_token=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? '');
  return cookie?.[1] ?? url.searchParams.get('token') ?? '';
}

/** Belt and braces: the server binds 127.0.0.1, and still checks who is talking. */
export function isLoopbackPeer(req: Pick<IncomingMessage, "socket">): boolean {
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('请求内容过大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}


export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // A 50 MB import file (the import limit) is about 67 MB as base64 in its JSON payload.
  const limit = opts.maxBodyBytes ?? 80 * 1024 * 1024;
  let port = 0;

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!isLoopbackPeer(req)) return send(res, 403, '仅允许本机访问');
      if (req.headers.host !== `127.0.0.1:${port}`) return send(res, 421, '主机名不正确，请使用 127.0.0.1 访问');
      if (!sameSecret(presentedToken(req, url), token)) return send(res, 401, '缺少或错误的访问令牌');

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, '只接受 POST');
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        let payload: unknown;
        try {
          const body = await readBody(req, limit);
          payload = body === '' ? undefined : JSON.parse(body);
        } catch (err) {
          const message = err instanceof Error && err.message === '请求内容过大' ? err.message : '请求内容不是有效的 JSON';
          return send(res, 200, JSON.stringify({ ok: false, error: { code: 'BAD_REQUEST', message } }), JSON_TYPE);
        }
        const result = await opts.dispatch(channel, payload);
        return send(res, 200, JSON.stringify(result), JSON_TYPE);
      }

      if (req.method !== 'GET') return send(res, 405, '不支持的请求');
      const found = readStaticFile(opts.rendererDir, url.pathname);
      if (!found) return send(res, 404, '未找到');
      if (url.searchParams.get('token')) {
        res.setHeader('Set-Cookie', `ledger_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
      }
      return send(res, 200, found.body, found.type);
    } catch {
      if (!res.headersSent) send(res, 500, '服务内部错误');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
