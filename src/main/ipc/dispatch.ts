import { contract, isChannel, type Channel } from '../../shared/contract';
import { LedgerError, shownError, toErrorInfo, type Result } from '../../shared/errors';
import type { ServiceContext } from '../services/context';
import type { Handler, Handlers } from './types';
import { handlers as defaultHandlers } from './handlers';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  handlers?: Handlers;
  /** Parse every answer with the channel's output schema too (tests and development). */
  checkOutput?: boolean;
  onError?: (channel: string, err: unknown) => void;
}

/**
 * The one entry point for IPC and the harness: it trusts nothing. An unknown channel, a payload
 * that does not parse, a write while read-only, or an exception in a handler all come back as
 * an error envelope; nothing is thrown to the caller.
 */
export function createDispatcher(ctx: ServiceContext, opts: DispatchOptions = {}): Dispatch {
  const table = opts.handlers ?? defaultHandlers;
  return async (channel, payload) => {
    try {
      if (!isChannel(channel)) throw new LedgerError('BAD_REQUEST', `未知的请求通道：${String(channel).slice(0, 60)}`);
      const def = contract[channel];
      const parsed = def.input.safeParse(payload === undefined ? {} : payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `（${issue.path.join('.')}）` : '';
        throw new LedgerError('BAD_REQUEST', `请求内容格式不正确${where}：${issue?.message ?? ''}`);
      }
      if (def.writes && ctx.readOnlyReason) throw new LedgerError('READ_ONLY', `当前为只读模式，修改未保存。${ctx.readOnlyReason}`);
      const handler = table[channel] as Handler<Channel>;
      const value: unknown = await handler(parsed.data as never, ctx);
      if (opts.checkOutput) def.output.parse(value);
      return { ok: true, value };
    } catch (err) {
      const info = toErrorInfo(err);
      if (info.detail !== undefined) opts.onError?.(String(channel), err instanceof LedgerError ? info.detail : err);
      return { ok: false, error: shownError(info) };
    }
  };
}
