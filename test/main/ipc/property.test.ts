import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { count, memoryContext } from '../../support/db';

const TABLES = ['enterprises', 'capacity_lines', 'cases', 'audit_entries', 'settings'];

/** Any JSON-ish value, including hostile keys and deep nesting. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'ids', 'draft', 'patch', 'deleted'), fc.anything({ maxDepth: 2 })),
  fc.record({ id: fc.oneof(fc.double(), fc.string(), fc.constant(-1)), patch: fc.anything({ maxDepth: 2 }) }),
  fc.record({ ids: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 5 }) }),
);

describe('IPC under random and malformed payloads', () => {
  it('every channel answers an envelope, never throws, and a malformed write writes nothing', async () => {
    const ctx = memoryContext();
    const dispatch = createDispatcher(ctx);
    const snapshot = () => TABLES.map((t) => count(ctx, t)).join(',');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), hostile, async (channel, payload) => {
        const before = snapshot();
        const result = await dispatch(channel, payload);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(['BAD_REQUEST', 'VALIDATION', 'NOT_FOUND', 'CONFLICT']).toContain(result.error.code);
          expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
          // A refused request leaves every table as it was.
          expect(snapshot()).toBe(before);
        }
      }),
      { numRuns: 3000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('random channel names are refused', async () => {
    const dispatch = createDispatcher(memoryContext());
    await fc.assert(
      fc.asyncProperty(fc.string(), async (name) => {
        fc.pre(!(CHANNELS as string[]).includes(name));
        const r = await dispatch(name, {});
        expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      }),
      { numRuns: 500 },
    );
  });
});
