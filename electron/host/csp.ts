/**
 * The renderer's Content-Security-Policy (DESIGN §5), sent as a header by both hosts and repeated in
 * src/index.html's meta tag (a test keeps the two equal). `connect-src 'self'` already admits the
 * web host's same-origin WebSocket, so no host widens it. `media-src blob:` plays voice notes the page
 * decrypted through the bridge (no network source, no file path).
 */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; media-src blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** Headers may say what a meta tag cannot: nobody may frame the app. */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;
