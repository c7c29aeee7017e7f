import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { startHarness, type Harness } from '../../src/main/harness/server';
import type { Dispatch } from '../../src/main/ipc/dispatch';
import { memoryContext } from '../support/db';
import { call } from '../support/http';

let h: Harness;
let dispatch: Dispatch;
const host = (): [string, string] => ['Host', `127.0.0.1:${h.port}`];
const own = (): string => `http://127.0.0.1:${h.port}`;
const json: [string, string] = ['Content-Type', 'application/json'];
const withToken = (): [string, string] => ['X-Ledger-Token', h.token];
const cookie = (): [string, string] => ['Cookie', `ledger_token=${h.token}`];
const countyName = async () => JSON.stringify(await dispatch('app:info', {}));
const renameCounty = (headers: [string, string][]) =>
  call(h.port, '/api/settings:update', { method: 'POST', headers, body: JSON.stringify({ countyName: '被篡改县' }) });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'harness-'));
  writeFileSync(join(dir, 'index.html'), '<html>台账</html>');
  dispatch = createDispatcher(memoryContext());
  h = await startHarness({ dispatch, rendererDir: dir, headersTimeoutMs: 1500, requestTimeoutMs: 1500 });
});
afterAll(() => h.close());

describe('browser harness', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(h.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses requests without the token', async () => {
    expect((await call(h.port, '/')).status).toBe(401);
    expect((await call(h.port, '/api/enterprises:list', { method: 'POST', headers: [host(), json], body: '{}' })).status).toBe(401);
    expect((await call(h.port, '/api/enterprises:list', { method: 'POST', headers: [host(), json, ['X-Ledger-Token', 'wrong']], body: '{}' })).status).toBe(401);
  });

  it('refuses a Host header other than its loopback address, even with the token', async () => {
    expect((await call(h.port, `/?token=${h.token}`, { headers: [['Host', `evil.example:${h.port}`]] })).status).toBe(421);
    expect((await call(h.port, `/?token=${h.token}`, { headers: [['Host', `localhost:${h.port}`]] })).status).toBe(421);
  });

  it('takes exactly one Host header', async () => {
    const two = await call(h.port, `/?token=${h.token}`, { headers: [host(), host()] });
    expect(two.status).toBe(400);
    expect(two.body).toContain('Host');
    const mixed = await call(h.port, '/api/settings:get', { method: 'POST', headers: [host(), ['host', 'evil.example'], json, withToken()], body: '{}' });
    expect(mixed.status).toBe(400);
  });

  it('serves the page with the token and a strict CSP, and sets the session cookie', async () => {
    const r = await call(h.port, `/?token=${h.token}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('台账');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(String(r.headers['set-cookie'])).toContain('HttpOnly');
  });

  it('answers the contract over POST with the token header', async () => {
    const r = await call(h.port, '/api/enterprises:list', { method: 'POST', headers: [host(), json, withToken()], body: '{}' });
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
  });

  it("answers the page's own fetch: the cookie with its own Origin and Sec-Fetch-Site: same-origin", async () => {
    const r = await call(h.port, '/api/enterprises:list', {
      method: 'POST',
      headers: [host(), json, cookie(), ['Origin', own()], ['Sec-Fetch-Site', 'same-origin']],
      body: '{}',
    });
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
  });

  it('answers invalid JSON and a body that is not UTF-8 with 400 and a reason', async () => {
    const bad = await call(h.port, '/api/enterprises:list', { method: 'POST', headers: [host(), json, withToken()], body: '{' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/JSON/);
    const latin = await call(h.port, '/api/enterprises:list', { method: 'POST', headers: [host(), json, withToken()], body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
    expect(latin.status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await call(h.port, `/..%2f..%2fetc%2fpasswd?token=${h.token}`)).status).toBe(404);
  });
});

describe('a hostile page on the same machine cannot call the bridge', () => {
  const attempts = (): [string, [string, string][]][] => [
    ['cross-origin text/plain POST with the cookie', [host(), ['Content-Type', 'text/plain'], cookie(), ['Origin', 'http://evil.example'], ['Sec-Fetch-Site', 'cross-site']]],
    ['same-site page on another port, text/plain, with the cookie', [host(), ['Content-Type', 'text/plain;charset=UTF-8'], cookie(), ['Origin', 'http://127.0.0.1:9999'], ['Sec-Fetch-Site', 'same-site']]],
    ['same-site page on another port, application/json, with the cookie', [host(), json, cookie(), ['Origin', 'http://127.0.0.1:9999'], ['Sec-Fetch-Site', 'same-site']]],
    ['another origin even with the token', [host(), json, withToken(), ['Origin', 'http://127.0.0.1:9999']]],
    ['the null origin of a sandboxed frame', [host(), json, cookie(), ['Origin', 'null'], ['Sec-Fetch-Site', 'cross-site']]],
    ['the cookie alone', [host(), json, cookie()]],
    ['the cookie with our Origin but no Sec-Fetch-Site', [host(), json, cookie(), ['Origin', 'http://127.0.0.1:1']]],
    ['two Origin headers', [host(), json, withToken(), ['Origin', 'http://127.0.0.1:1'], ['Origin', 'http://evil.example']]],
    ['a form POST with the token', [host(), ['Content-Type', 'application/x-www-form-urlencoded'], withToken()]],
    ['text/plain with the token', [host(), ['Content-Type', 'text/plain'], withToken()]],
  ];

  it('refuses each before dispatch; the county name stays', async () => {
    const before = await countyName();
    const answers: { name: string; status: number; body: string }[] = [];
    for (const [name, headers] of attempts()) {
      const fixed = headers.map(([k, v]): [string, string] => (k === 'Origin' && v === 'http://127.0.0.1:1' ? [k, own()] : [k, v]));
      const r = await renameCounty(fixed);
      answers.push({ name, status: r.status, body: r.body });
    }
    expect(answers.filter((a) => a.status === 200)).toEqual([]);
    for (const a of answers.filter((x) => x.name.includes('origin') || x.name.includes('same-site'))) expect([401, 403]).toContain(a.status);
    expect(answers.find((a) => a.name.startsWith('cross-origin'))).toMatchObject({ status: 403, body: expect.stringMatching(/拒绝来自其他网页/) });
    expect(await countyName()).toBe(before);
    expect(before).not.toContain('被篡改县');
  });

  it('a malformed path or channel name is a 400 with a reason, never a 500', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/settings%3Aget%', '/api/%00', '/api/settings:get/../x', '/api/' + 'a'.repeat(5000), '/%zz?token=x']) {
      const r = await call(h.port, path, { method: 'POST', headers: [host(), json, withToken()], body: '{}' });
      expect(r.status, path).toBe(400);
      expect(r.body, path).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('slow clients', () => {
  it('a body that stalls is cut off by the request timeout', async () => {
    const socket = connect(h.port, '127.0.0.1');
    socket.write(`POST /api/settings:get HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Ledger-Token: ${h.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`);
    let answer = '';
    socket.on('data', (d) => (answer += String(d)));
    await new Promise((resolve) => socket.on('close', resolve));
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('300 connections sending their headers slowly do not keep a normal request out', async () => {
    const slow = Array.from({ length: 300 }, () => {
      const s = connect(h.port, '127.0.0.1');
      s.on('error', () => undefined);
      s.write('POST /api/settings:get HTTP/1.1\r\nHost: 127.0.0.1');
      return s;
    });
    await new Promise((r) => setTimeout(r, 200));
    try {
      const r = await call(h.port, '/api/enterprises:list', { method: 'POST', headers: [host(), json, withToken()], body: '{}' });
      expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
    } finally {
      slow.forEach((s) => s.destroy());
    }
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
