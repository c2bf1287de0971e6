import { expect, test } from './fixtures/web-host';

test('the web host serves the app, which shows values from the core', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Shallot', level: 1 })).toBeVisible();
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  // The core answers: no "unreachable" banner.
  await expect(page.getByTestId('core-banner')).toHaveCount(0);
  await expect(page.getByTestId('app-data-dir')).toHaveText(host.dataDir);
  await expect(page.getByTestId('app-host')).toHaveText('Web host (browser)');
  // The token leaves the address bar once it has been read.
  expect(page.url()).not.toContain('token=');
});

test('an event from the core arrives in the page', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('app-version')).toBeAttached();
  const status = await page.evaluate(
    () =>
      new Promise<{ uptimeMs: number; network: string }>((resolve) => {
        window.shallot.on('app.status', resolve);
      }),
  );
  expect(status.uptimeMs).toBeGreaterThan(0);
  expect(status.network).toBe('offline');
});

test('bridge calls answer in the envelope, bad ones with typed errors', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('app-version')).toBeAttached();
  const results = await page.evaluate(async () => {
    const b = window.shallot as unknown as { call(m: string, p: unknown): Promise<unknown> };
    return {
      ping: await b.call('app.ping', { echo: 'hello' }),
      unknown: await b.call('fs.readFile', { path: '/etc/passwd' }),
      invalid: await b.call('app.ping', { echo: 42 }),
    };
  });
  expect(results.ping).toMatchObject({ ok: true, value: { echo: 'hello' } });
  expect(results.unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  expect(results.invalid).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
});

test('the renderer has no Node and no network beyond its own origin', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('app-version')).toBeAttached();
  const probe = await page.evaluate(async () => {
    const g = globalThis as Record<string, unknown>;
    const fetched = await fetch('http://example.com/').then(
      () => 'allowed',
      () => 'blocked',
    );
    return { require: typeof g['require'], process: typeof g['process'], fetched };
  });
  expect(probe).toEqual({ require: 'undefined', process: 'undefined', fetched: 'blocked' });
});

test('the bridge refuses a missing token and a foreign origin', async ({ page, host }) => {
  await page.goto('about:blank');
  const wsUrl = host.origin.replace('http:', 'ws:') + '/bridge';
  // From a foreign page (about:blank has an opaque origin) even the right token is refused.
  const foreign = await page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(url);
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('refused');
      }),
    `${wsUrl}?token=${host.token}`,
  );
  expect(foreign).toBe('refused');
  // From the app's own origin, no token means no socket.
  await page.goto(host.origin + '/');
  const noToken = await page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(url);
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('refused');
      }),
    wsUrl,
  );
  expect(noToken).toBe('refused');
});
