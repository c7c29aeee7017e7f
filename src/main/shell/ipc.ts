import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { Dispatch } from '../ipc/dispatch';
import { isAppUrl } from './security';

/** Registers one handler per contract channel; a call from any frame but the app's is refused. */
export function registerIpc(dispatch: Dispatch, devServerUrl: string | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> | Result<unknown> => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url, devServerUrl)) {
        return { ok: false, error: { code: 'BAD_REQUEST', message: '请求来源不受信任，已拒绝' } };
      }
      return dispatch(channel, payload);
    });
  }
}
