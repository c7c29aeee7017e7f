/**
 * The system clipboard for menu commands (a key press pastes by itself): through the Electron
 * shell when there is one, since the app's session denies navigator.clipboard; in the browser
 * harness through navigator.clipboard, which the browser may allow.
 */
export async function readClipboardText(): Promise<string> {
  const shell = window.shell;
  if (!shell) return navigator.clipboard.readText();
  const r = await shell.readClipboardText();
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export async function writeClipboardText(text: string): Promise<void> {
  const shell = window.shell;
  if (!shell) return navigator.clipboard.writeText(text);
  const r = await shell.writeClipboardText(text);
  if (!r.ok) throw new Error(r.error.message);
}
