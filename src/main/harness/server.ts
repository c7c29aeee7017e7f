import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Dispatch } from '../ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { readStaticFile } from '../security/staticFiles';
import { checkCall, checkConnection, pageToken, sameSecret } from './requestGuard';

export { isLoopbackPeer } from './requestGuard';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A loopback HTTP bridge that serves the built renderer and the same IPC handlers, so the real
 * UI can be tested and shown where Electron cannot run. It listens on 127.0.0.1 only, on a
 * random port; what each request must show is in requestGuard.ts. Slow clients cannot starve it:
 * headers must arrive within headersTimeout and a whole request within requestTimeout, at most
 * maxConnections sockets are open, and of those still sending their headers only the newest
 * `maxPendingConnections` are kept, so a normal request always finds its way in.
 */
export interface HarnessOptions {
  dispatch: Dispatch;
  rendererDir: string;
  token?: string;
  port?: number;
  maxBodyBytes?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  maxConnections?: number;
  maxPendingConnections?: number;
}

export interface Harness {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
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

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

/** Sockets that have not finished sending a request's headers, oldest first. */
function evictSlowClients(server: Server, maxPending: number): void {
  const pending = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    pending.add(socket);
    socket.once('close', () => pending.delete(socket));
    if (pending.size > maxPending) {
      const oldest = pending.values().next().value!;
      pending.delete(oldest);
      oldest.destroy();
    }
  });
  server.on('request', (req: IncomingMessage) => pending.delete(req.socket));
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // A 50 MB import file (the import limit) is about 67 MB as base64 in its JSON payload.
  const limit = opts.maxBodyBytes ?? 80 * 1024 * 1024;
  const requestTimeout = opts.requestTimeoutMs ?? 120_000;
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = checkConnection(req, port);
    if (!(url instanceof URL)) return send(res, url.status, url.message);

    if (url.pathname.startsWith('/api/')) {
      const call = checkCall(req, url, port, token);
      if (!('channel' in call)) return send(res, call.status, call.message);
      let payload: unknown;
      try {
        const body = await readBody(req, limit);
        payload = body === '' ? undefined : JSON.parse(body);
      } catch (err) {
        if (err instanceof BodyTooLarge) return send(res, 413, '请求内容过大');
        return send(res, 400, '请求内容不是有效的 UTF-8 JSON');
      }
      const result = await opts.dispatch(call.channel, payload);
      return send(res, 200, JSON.stringify(result), JSON_TYPE);
    }

    if (!sameSecret(pageToken(req, url), token)) return send(res, 401, '缺少或错误的访问令牌');
    if (req.method !== 'GET') return send(res, 405, '不支持的请求');
    const found = readStaticFile(opts.rendererDir, url.pathname);
    if (!found) return send(res, 404, '未找到');
    if (url.searchParams.get('token')) {
      res.setHeader('Set-Cookie', `ledger_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    return send(res, 200, found.body, found.type);
  };

  const server = createServer(
    {
      headersTimeout: opts.headersTimeoutMs ?? 10_000,
      requestTimeout,
      // How often the two timeouts above are checked (Node's default is 30 s).
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
    },
    (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) send(res, 500, '服务内部错误');
      });
    },
  );
  server.maxConnections = opts.maxConnections ?? 1000;
  evictSlowClients(server, opts.maxPendingConnections ?? 200);

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
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
