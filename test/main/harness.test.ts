import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { startHarness, type Harness } from '../../src/main/harness/server';
import { memoryContext } from '../support/db';

function call(h: Harness, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: h.port, path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${h.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser harness', () => {
  let h: Harness;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harness-'));
    writeFileSync(join(dir, 'index.html'), '<html>台账</html>');
    h = await startHarness({ dispatch: createDispatcher(memoryContext()), rendererDir: dir });
  });
  afterAll(() => h.close());

  it('listens on 127.0.0.1 only', () => {
    expect(h.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses requests without the token', async () => {
    expect((await call(h, '/')).status).toBe(401);
    expect((await call(h, '/api/enterprises:list', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await call(h, '/api/enterprises:list', { method: 'POST', body: '{}', headers: { 'X-Ledger-Token': 'wrong' } })).status).toBe(401);
  });

  it('refuses a Host header other than its loopback address, even with the token', async () => {
    const r = await call(h, `/?token=${h.token}`, { headers: { Host: `evil.example:${h.port}` } });
    expect(r.status).toBe(421);
    const r2 = await call(h, `/?token=${h.token}`, { headers: { Host: `localhost:${h.port}` } });
    expect(r2.status).toBe(421);
  });

  it('serves the page with the token and a strict CSP, and sets the session cookie', async () => {
    const r = await call(h, `/?token=${h.token}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('台账');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(String(r.headers['set-cookie'])).toContain('HttpOnly');
  });

  it('answers the contract over POST with the token header', async () => {
    const r = await call(h, '/api/enterprises:list', { method: 'POST', body: '{}', headers: { 'X-Ledger-Token': h.token } });
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
  });

  it('answers invalid JSON with an error envelope', async () => {
    const r = await call(h, '/api/enterprises:list', { method: 'POST', body: '{', headers: { 'X-Ledger-Token': h.token } });
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    const r = await call(h, `/..%2f..%2fetc%2fpasswd?token=${h.token}`);
    expect(r.status).toBe(404);
  });
});

describe('harness peer check', () => {
  it('accepts only loopback peers', async () => {
    const { isLoopbackPeer } = await import('../../src/main/harness/server');
    const peer = (remoteAddress: string) => ({ socket: { remoteAddress } }) as never;
    expect(isLoopbackPeer(peer('127.0.0.1'))).toBe(true);
    expect(isLoopbackPeer(peer('::1'))).toBe(true);
    expect(isLoopbackPeer(peer('::ffff:127.0.0.1'))).toBe(true);
    expect(isLoopbackPeer(peer('192.168.1.20'))).toBe(false);
    expect(isLoopbackPeer(peer('10.0.0.5'))).toBe(false);
  });
});
