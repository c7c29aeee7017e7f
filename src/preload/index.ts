import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/contract';
import { MENU_COMMANDS, type LedgerBridge, type MenuCommand, type ShellBridge } from '../shared/contract/bridge';

/**
 * The renderer's only door to main: one named function per contract channel, each forwarding
 * its input and answering the envelope. The IPC event never crosses to the page.
 */
const ledger = Object.freeze(
  Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
) as unknown as LedgerBridge;

const shell: ShellBridge = {
  onMenuCommand(listener) {
    const wrapped = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on('menu:command', wrapped);
    return () => ipcRenderer.removeListener('menu:command', wrapped);
  },
  readClipboardText: () => ipcRenderer.invoke('clipboard:readText', {}),
  writeClipboardText: (text) => ipcRenderer.invoke('clipboard:writeText', { text }),
};

contextBridge.exposeInMainWorld('ledger', ledger);
contextBridge.exposeInMainWorld('shell', shell);
