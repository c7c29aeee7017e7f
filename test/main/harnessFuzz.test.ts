import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../src/shared/contract';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { startHarness, type Harness } from '../../src/main/harness/server';
import { memoryContext } from '../support/db';
import { call } from '../support/http';

/**
 * The bridge under a few hundred fuzzed payloads per channel, sent over HTTP with the token as
 * the page sends them, plus random channel names and raw bodies. It counts the answers that
 * accepted a payload the channel's schema refuses, and the 500s: both must be 0.
 */
const PER_CHANNEL = 200;
const PARALLEL = 8;

const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'ids', 'draft', 'patch', 'edits', 'path', 'data', 'fileName', 'sessionId'), fc.jsonValue({ maxDepth: 2 })),
  fc.record({ id: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.constant(-1), fc.constant(2 ** 53)) }),
  fc.record({ ids: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }) }),
);
const rawBody = fc.oneof(fc.string({ maxLength: 60 }), fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.from(b)));

let h: Harness;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'harness-fuzz-'));
  writeFileSync(join(dir, 'index.html'), '<html>台账</html>');
  h = await startHarness({ dispatch: createDispatcher(memoryContext()), rendererDir: dir });
});
afterAll(() => h.close());

async function inParallel<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    while (next < items.length) await run(items[next++]!);
  }));
}

const post = (path: string, body: string | Buffer) =>
  call(h.port, path, {
    method: 'POST',
    headers: [['Host', `127.0.0.1:${h.port}`], ['Content-Type', 'application/json'], ['X-Ledger-Token', h.token]],
    body,
  });

describe('the bridge under fuzzed requests', () => {
  it(`${PER_CHANNEL} fuzzed payloads on each channel: none wrongly accepted, no 500`, async () => {
    const jobs: { channel: Channel; payload: unknown }[] = [];
    for (const channel of CHANNELS) for (const payload of fc.sample(hostileJson, { numRuns: PER_CHANNEL, seed: 15 })) jobs.push({ channel, payload });
    const wronglyAccepted: string[] = [];
    const serverErrors: string[] = [];
    await inParallel(jobs, async ({ channel, payload }) => {
      const r = await post(`/api/${encodeURIComponent(channel)}`, JSON.stringify(payload));
      const label = `${channel} ${JSON.stringify(payload).slice(0, 80)}`;
      if (r.status >= 500) serverErrors.push(`${label} → ${r.status}`);
      if (r.status !== 200) return;
      const answer = JSON.parse(r.body) as { ok: boolean };
      if (answer.ok && !contract[channel].input.safeParse(payload ?? {}).success) wronglyAccepted.push(label);
    });
    expect({ wronglyAccepted, serverErrors }).toEqual({ wronglyAccepted: [], serverErrors: [] });
  }, 300_000);

  it('random channel names and raw bodies: a 400 or an error envelope, never a 500', async () => {
    const names = fc.sample(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...CHANNELS).map((c) => `${c}%`)), { numRuns: 300, seed: 15 });
    const bodies = fc.sample(rawBody, { numRuns: 300, seed: 16 });
    const answers: { what: string; status: number; ok: boolean | null }[] = [];
    await inParallel(names.map((n, i) => ({ n, b: bodies[i]! })), async ({ n, b }) => {
      const path = `/api/${n.replace(/[^\x21-\x7e]/g, (ch) => encodeURIComponent(ch)).replace(/[?#]/g, '')}`;
      for (const [what, r] of [
        [`name ${JSON.stringify(n)}`, await post(path, '{}')],
        [`body ${JSON.stringify(String(b)).slice(0, 40)}`, await post('/api/enterprises:list', b)],
      ] as const) {
        answers.push({ what, status: r.status, ok: r.status === 200 ? (JSON.parse(r.body) as { ok: boolean }).ok : null });
      }
    });
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.what.startsWith('name') && a.ok === true)).toEqual([]);
    expect(answers.every((a) => [200, 400].includes(a.status))).toBe(true);
  }, 120_000);
});
