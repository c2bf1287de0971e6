/**
 * Links in messages leave the app only one way: the renderer shows the exact address and asks
 * (links-store.ts), and only on "Open link" calls `window.open`; the window-open handler here
 * hands a plain web address to the system browser and denies the window itself. Everything else a
 * page might try — navigating away, a window for another scheme, an address with credentials —
 * is denied and opens nothing. A navigation is never turned into an external open: that would
 * skip the confirmation (a plain click on an <a>, or a script setting `location`).
 */
import type { WebContents } from 'electron';

/** Far longer than any real link; a page that needs more is not one a person typed or read. */
export const MAX_EXTERNAL_URL = 4096;

/**
 * The address to hand to the system browser, normalised, or undefined when it must not be opened:
 * only http(s), no user name or password (`https://bank.example@evil.example` reads as the bank),
 * and of a sane length.
 */
export function externalUrl(raw: string): string | undefined {
  if (raw.length > MAX_EXTERNAL_URL) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  return url.href;
}

export type OpenExternal = (url: string) => Promise<void>;

/** Installs the handler on a window's contents; every window request is denied either way. */
export function routeWindowOpens(contents: WebContents, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalUrl(url);
    if (target) void openExternal(target).catch(() => undefined);
    return { action: 'deny' };
  });
}
