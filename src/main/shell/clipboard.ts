import { clipboard, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ShellChannel } from '../../shared/contract/bridge';
import { clipboardHandlers } from './clipboardChannels';
import { isAppUrl } from './security';

/** Registers the clipboard channels; as with the ledger's channels, only the app's frame is served. */
export function registerClipboard(devServerUrl: string | undefined): void {
  const handlers = clipboardHandlers(clipboard);
  for (const [channel, handle] of Object.entries(handlers) as [ShellChannel, (p: unknown) => unknown][]) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isAppUrl(event.senderFrame?.url ?? '', devServerUrl)) {
        return { ok: false, error: { code: 'BAD_REQUEST', message: '请求来源不受信任，已拒绝' } };
      }
      return handle(payload);
    });
  }
}
