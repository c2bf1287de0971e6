/**
 * The web host's HTTP side: the built renderer, with the bridge script injected into index.html
 * and the security headers on every answer. Only requests naming the host itself are served (no
 * DNS rebinding); a target that is not a valid URL path is refused, never thrown.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { RENDERER_CSP_HEADER } from './csp';
import { resolveStaticPath } from './static-path';

const BRIDGE_SCRIPT = '<script src="/shallot-bridge.js"></script>';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', RENDERER_CSP_HEADER);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  res.setHeader('Cache-Control', 'no-store');
}

/** The path of a request target, or undefined when it is not one (e.g. `http://[`). */
export function targetUrl(target: string | undefined, origin: string): URL | undefined {
  try {
    return new URL(target ?? '/', origin);
  } catch {
    return undefined;
  }
}

export type Site = { readonly origin: string; readonly hostHeader: string };

export function staticHandler(staticDir: string, site: () => Site) {
  const root = normalize(staticDir);
  const indexFile = join(root, 'index.html');

  const send = async (req: IncomingMessage, res: ServerResponse, file: string): Promise<void> => {
    let body: Buffer = await readFile(file);
    if (file === indexFile) {
      // The bridge client must define window.shallot before the app's module script runs.
      body = Buffer.from(body.toString('utf8').replace('<head>', `<head>${BRIDGE_SCRIPT}`));
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    securityHeaders(res);
    const { origin, hostHeader } = site();
    if (req.headers.host !== hostHeader) {
      res.writeHead(421).end('Misdirected request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = targetUrl(req.url, origin);
    if (!url) {
      res.writeHead(400).end();
      return;
    }
    const file = resolveStaticPath(root, url.pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    try {
      await send(req, res, file);
    } catch {
      res.writeHead(404).end();
    }
  };
}
