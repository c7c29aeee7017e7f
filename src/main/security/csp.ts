/**
 * The one Content-Security-Policy, used by the Electron shell (response header) and the browser
 * harness. Styles need 'unsafe-inline' because AG Grid and antd inject their CSS at run time;
 * images need data: for AG Grid's icons. No remote origin appears anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
