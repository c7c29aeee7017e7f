/**
 * The one Content-Security-Policy, used by the Electron shell (response header) and the browser
 * harness. Styles keep 'unsafe-inline' (README, Security: why not a nonce): antd's CSS-in-JS
 * would take a nonce, but AG Grid's theme and templates and ECharts write style attributes a
 * nonce cannot cover. Scripts take no inline code at all, which is what stops injected markup
 * from running. Images need data: for AG Grid's icons. No remote origin appears anywhere.
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
