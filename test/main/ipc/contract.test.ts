import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../src/shared/contract';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { handlers } from '../../../src/main/ipc/handlers';
import { createContext } from '../../../src/main/services/context';
import { count, memoryContext } from '../../support/db';

const MALFORMED: unknown[] = [null, 42, 'text', [], { unexpected: true }, { id: 'x', ids: 'x', draft: 5, patch: [] }, { __proto__: { polluted: 1 } }];

describe('IPC contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('names every channel noun:verb', () => {
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });

  it.each(CHANNELS)('%s answers every malformed payload with an error envelope and writes nothing', async (channel) => {
    const ctx = memoryContext();
    const dispatch = createDispatcher(ctx, { checkOutput: true });
    for (const payload of MALFORMED) {
      const result = await dispatch(channel, payload);
      if (result.ok) {
        // Only channels whose input is all-optional may accept an empty-ish object.
        expect(contract[channel].input.safeParse(payload).success).toBe(true);
      } else {
        expect(result.error.code).toBe('BAD_REQUEST');
        expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    expect(count(ctx, 'audit_entries')).toBe(0);
  });

  it('refuses an unknown channel without throwing', async () => {
    const dispatch = createDispatcher(memoryContext());
    await expect(dispatch('fs:readFile', { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    await expect(dispatch('__proto__', {})).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('turns an unexpected exception into an INTERNAL envelope', async () => {
    const ctx = memoryContext();
    const dispatch = createDispatcher(ctx, {
      handlers: { ...handlers, 'enterprises:list': () => { throw new TypeError('boom'); } },
    });
    await expect(dispatch('enterprises:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('shows an internal error in Chinese only; the English detail with its path goes to the log', async () => {
    const logged: unknown[] = [];
    const dispatch = createDispatcher(memoryContext(), {
      handlers: { ...handlers, 'enterprises:list': () => { throw new TypeError('ENOENT: no such file, open /home/wang/台账/x.sqlite'); } },
      onError: (_channel, err) => logged.push(err),
    });
    const r = await dispatch('enterprises:list', {});
    expect(r.ok).toBe(false);
    const shown = JSON.stringify(r);
    expect(shown).not.toMatch(/ENOENT|\/home|TypeError/);
    expect(shown).toMatch(/程序内部错误/);
    expect(String(logged[0])).toMatch(/ENOENT: no such file/);
  });

  it('refuses writes while read-only but still answers reads', async () => {
    const base = memoryContext();
    const ctx = createContext(base.db, { dbPath: ':memory:', readOnlyReason: '完整性检查未通过' });
    const dispatch = createDispatcher(ctx);
    await expect(dispatch('enterprises:create', { draft: { name: '甲' } })).resolves.toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    await expect(dispatch('enterprises:list', {})).resolves.toMatchObject({ ok: true, value: [] });
  });

  it('answers a validation failure with the field and a Chinese message', async () => {
    const dispatch = createDispatcher(memoryContext());
    const r = await dispatch('enterprises:create', { draft: { name: '甲', uscc: 'abc' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'uscc' } });
  });
});
