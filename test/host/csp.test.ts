import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP, RENDERER_CSP_HEADER } from '../../electron/host/csp';

describe('renderer CSP', () => {
  it('is the same in the page meta tag and in the hosts header', () => {
    const html = readFileSync('src/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP);
    expect(RENDERER_CSP_HEADER.startsWith(RENDERER_CSP)).toBe(true);
  });

  it('allows no inline code, no eval and nothing remote', () => {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'http:', 'https:', '*']) {
      expect(RENDERER_CSP_HEADER).not.toContain(bad);
    }
    expect(RENDERER_CSP_HEADER).toMatch(/^default-src 'none';/);
    expect(RENDERER_CSP_HEADER).toContain("frame-ancestors 'none'");
  });
});
