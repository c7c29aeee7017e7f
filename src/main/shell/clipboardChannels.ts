import { SHELL_CHANNELS, type ShellChannel } from '../../shared/contract/bridge';
import type { Result } from '../../shared/errors';

/** The part of Electron's clipboard the grid needs (asynchronous since Electron 45); a fake stands in for it in tests. */
export interface ClipboardPort {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
}

export type ClipboardHandler = (payload: unknown) => Promise<Result<unknown>>;

/** The clipboard channels: each parses its input with the contract's schema, as every channel does. */
export function clipboardHandlers(port: ClipboardPort): Record<ShellChannel, ClipboardHandler> {
  return {
    'clipboard:readText': async (payload) => {
      if (!SHELL_CHANNELS['clipboard:readText'].input.safeParse(payload).success) return badRequest();
      return { ok: true, value: await port.readText() };
    },
    'clipboard:writeText': async (payload) => {
      const input = SHELL_CHANNELS['clipboard:writeText'].input.safeParse(payload);
      if (!input.success) return badRequest();
      await port.writeText(input.data.text);
      return { ok: true, value: { written: true } };
    },
  };
}

function badRequest(): Result<never> {
  return { ok: false, error: { code: 'BAD_REQUEST', message: '剪贴板请求格式不正确，已拒绝' } };
}
