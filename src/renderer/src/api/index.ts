import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import { createClient, type Client } from './client';
import { httpTransport, ipcTransport } from './transports';

/** The one client every screen uses; which transport is behind it is decided here only. */
const base = createClient(window.ledger ? ipcTransport(window.ledger) : httpTransport());

/**
 * Reads started before the app's code has loaded (see main.tsx), handed to the first screen
 * that asks for the same channel and input. Each is used once; later calls go to main again.
 */
const early = new Map<string, Promise<unknown>>();
const keyOf = (channel: Channel, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/** A prefetched read older than this is dropped: data may have changed since (an import…). */
const EARLY_TTL_MS = 15_000;

export function prefetch<C extends Channel>(channel: C, input: InputOf<C>): void {
  const p = base.call(channel, input);
  p.catch(() => {}); // the screen that takes it handles the error
  const key = keyOf(channel, input);
  early.set(key, p);
  setTimeout(() => {
    if (early.get(key) === p) early.delete(key);
  }, EARLY_TTL_MS);
}

export const api: Client = {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
    const key = keyOf(channel, input);
    const p = early.get(key);
    if (p) {
      early.delete(key);
      return p as Promise<OutputOf<C>>;
    }
    return base.call(channel, input);
  },
};

export { ApiError, errorMessage } from './client';
