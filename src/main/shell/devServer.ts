/**
 * The renderer's dev server (electron-vite sets ELECTRON_RENDERER_URL under `npm run dev`). A
 * packaged app never reads it: anyone who can set an environment variable would otherwise load
 * any page with the app's IPC. Unpackaged, only a loopback http URL is taken.
 */
export function devServerUrlFrom(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const raw = env.ELECTRON_RENDERER_URL;
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && loopback ? raw : undefined;
  } catch {
    return undefined;
  }
}
