import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { ErrorInfo, Result } from '../../../shared/errors';

/** How a request reaches main: Electron IPC in the app, loopback HTTP in the browser harness. */
export interface Transport {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
}

/** An error envelope turned back into something a screen can catch and show. */
export class ApiError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.info = info;
  }
}

export interface Client {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(channel, input) {
      let result: Result<unknown>;
      try {
        result = await transport.invoke(channel, input);
      } catch (err) {
        throw new ApiError({ code: 'INTERNAL', message: `无法连接到数据服务：${err instanceof Error ? err.message : String(err)}` });
      }
      if (!result.ok) throw new ApiError(result.error);
      return result.value as never;
    },
  };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
