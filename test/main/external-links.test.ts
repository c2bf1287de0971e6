import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { externalUrl, MAX_EXTERNAL_URL, routeWindowOpens } from '../../electron/main/external-links';

describe('externalUrl', () => {
  it('passes web addresses, normalised', () => {
    expect(externalUrl('https://example.org/welcome?ref=shallot')).toBe(
      'https://example.org/welcome?ref=shallot',
    );
    expect(externalUrl('HTTP://Example.ORG')).toBe('http://example.org/');
  });

  it('refuses other schemes, credentials, junk and giants', () => {
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://shallot/index.html',
      'mailto:a@example.org',
      'smb://host/share',
      'https://bank.example@evil.example/',
      'https://user:pw@example.org/',
      'not a url',
      '',
      `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL)}`,
    ]) {
      expect(externalUrl(bad), bad).toBeUndefined();
    }
  });
});

describe('routeWindowOpens', () => {
  function contents() {
    let handler: ((d: { url: string }) => { action: string }) | undefined;
    const fake = {
      setWindowOpenHandler: (h: typeof handler) => {
        handler = h;
      },
    } as unknown as WebContents; // only the one method is used
    return { fake, open: (url: string) => handler?.({ url }) };
  }

  it('denies every window, and hands only confirmed web links to the system browser', async () => {
    const opened: string[] = [];
    const { fake, open } = contents();
    routeWindowOpens(fake, (url) => {
      opened.push(url);
      return Promise.resolve();
    });
    expect(open('https://example.org/a')).toEqual({ action: 'deny' });
    expect(open('javascript:void(0)')).toEqual({ action: 'deny' });
    expect(open('file:///tmp/x')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://example.org/a']);
  });

  it('a browser that fails to open stays inside the handler', async () => {
    const { fake, open } = contents();
    routeWindowOpens(fake, () => Promise.reject(new Error('no browser')));
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    await new Promise<void>((r) => setImmediate(r));
  });
});
