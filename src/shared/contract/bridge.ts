import type { Result } from '../errors';
import { z } from '../schemas/zod';
import type { Channel, InputOf, OutputOf } from './index';

/**
 * What the preload puts on `window.ledger`: one named function per channel, each answering an
 * envelope. The renderer never sees ipcRenderer or an IPC event.
 */
export type LedgerBridge = { readonly [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

/** Menu commands the Electron shell sends to the page (the harness has no menu). */
export const MENU_COMMANDS = ['navigate:enterprises', 'navigate:lines', 'navigate:cases', 'navigate:settings', 'edit:undo', 'edit:redo', 'app:about', 'navigate:help', 'help:shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * The shell's own channels, answered by Electron's main process alone: the system clipboard for
 * the grid menu's 复制 and 粘贴, since the session denies the page every permission (so
 * navigator.clipboard fails in the app). The browser harness has none of these; there the page
 * keeps navigator.clipboard.
 */
export const SHELL_CHANNELS = {
  'clipboard:readText': { input: z.object({}).strict(), output: z.string() },
  // 50 MB of TSV is far beyond the 2.5 M cells an import takes; a larger write is a bug.
  'clipboard:writeText': { input: z.object({ text: z.string().max(50_000_000) }).strict(), output: z.object({ written: z.literal(true) }) },
} as const;
export type ShellChannel = keyof typeof SHELL_CHANNELS;

export interface ShellBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  readClipboardText(): Promise<Result<string>>;
  writeClipboardText(text: string): Promise<Result<{ written: true }>>;
}
