import { join, normalize, sep } from 'node:path';

/**
 * Maps a URL path to a file inside the built renderer folder, or undefined when it would leave that
 * folder or is not valid percent-encoding. Both hosts (the app:// protocol and the web host) serve
 * files only through this.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = normalize(root);
  const file = normalize(join(base, rel));
  return file.startsWith(base + sep) && !rel.includes('\0') ? file : undefined;
}
