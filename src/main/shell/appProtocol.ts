import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { readStaticFile } from '../security/staticFiles';

/**
 * The renderer is served from app://bundle/ rather than file:// (Electron security checklist
 * item 18): a page on file:// could read any local file, a page on app:// only the built
 * renderer folder. Files are read from disk directly, never through the network stack. The
 * scheme must be registered before the app is ready.
 */
export const APP_ORIGIN = 'app://bundle';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const found = url.host === 'bundle' ? readStaticFile(rendererDir, url.pathname) : null;
    if (!found) return new Response('未找到', { status: 404 });
    return new Response(new Uint8Array(found.body), {
      status: 200,
      headers: {
        'Content-Type': found.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
