import type { Result } from '../errors';
import type { Channel, InputOf, OutputOf } from './index';

/**
 * What the preload puts on `window.ledger`: one named function per channel, each answering an
 * envelope. The renderer never sees ipcRenderer or an IPC event.
 */
export type LedgerBridge = { readonly [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

/** Menu commands the Electron shell sends to the page (the harness has no menu). */
export const MENU_COMMANDS = ['navigate:enterprises', 'navigate:lines', 'navigate:cases', 'navigate:settings', 'edit:undo', 'edit:redo', 'app:about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface ShellBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
