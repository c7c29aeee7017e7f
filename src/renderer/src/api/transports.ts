import type { Channel } from '../../../shared/contract';
import type { LedgerBridge, ShellBridge } from '../../../shared/contract/bridge';
import type { Result } from '../../../shared/errors';
import type { Transport } from './client';

declare global {
  interface Window {
    ledger?: LedgerBridge;
    shell?: ShellBridge;
  }
}

export function ipcTransport(bridge: LedgerBridge): Transport {
  return {
    invoke: (channel, input) => (bridge[channel] as (i: unknown) => Promise<Result<unknown>>)(input),
  };
}

/** The harness's token arrives once in the URL; it is kept for this tab and removed from view. */
function harnessToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem('ledger_token', fromUrl);
    history.replaceState(null, '', location.pathname + location.hash);
    return fromUrl;
  }
  return sessionStorage.getItem('ledger_token') ?? '';
}

export function httpTransport(): Transport {
  const token = harnessToken();
  return {
    async invoke(channel: Channel, input: unknown) {
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      if (!res.ok) return { ok: false, error: { code: 'INTERNAL', message: `数据服务拒绝了请求（${res.status}）：${await res.text()}` } };
      return (await res.json()) as Result<unknown>;
    },
  };
}
