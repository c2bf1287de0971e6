import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { RENDERER_CSP_HEADER } from '../host/csp';
import { resolveStaticPath } from '../host/static-path';

/** App content comes from this origin, never from file:// (which would grant file-wide access). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://shallot`;

export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'shallot' ? resolveStaticPath(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    const upstream = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(upstream.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP_HEADER);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(upstream.body, { status: upstream.status, headers });
  });
}
