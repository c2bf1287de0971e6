/**
 * Messenger UI figures (issue 16): an account with 100,000 messages over 1,000 conversations
 * (bench/store.ts's corpus) plus one chat of 20,000, written by a real core's store (search.ts); then the
 * built web host (`npm run build` first) on that folder and Chromium through Playwright, timed
 * inside the page (performance.now, rAF, the longtask observer, CDP heap metrics):
 * cold start to an interactive conversation list; chat switch (Alt+↓ → the new chat's last
 * message painted) p50/p95 over 50 switches; 2,000 messages scrolled up the 20k chat (long tasks,
 * frame times); the renderer's JS heap after the run.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWebHost } from '../e2e/fixtures/web-host';
import { percentile, report } from './report';
import { BIG_CHAT, seededCore } from './search';

/**
 * The few browser globals the in-page probes below use: this folder compiles against Node's
 * types only, and the DOM library would change the meaning of every other file in it.
 */
type Elem = {
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  scrollBy(x: number, y: number): void;
  querySelector(selector: string): Elem | null;
  querySelectorAll(selector: string): Iterable<Elem>;
  dispatchEvent(event: unknown): boolean;
};
declare const document: { body: Elem; querySelector(selector: string): Elem | null };
declare const KeyboardEvent: new (type: string, init: object) => unknown;
declare const MutationObserver: new (changed: () => void) => {
  observe(target: Elem, options: object): void;
  disconnect(): void;
};
declare const requestAnimationFrame: (frame: (at: number) => void) => number;

const SWITCHES = 50;
const SCROLLED = 2_000;

async function seed(dataDir: string): Promise<void> {
  const { core } = await seededCore(dataDir);
  await core.close();
}

/** Milliseconds from navigation start to the first conversation row on screen. */
async function coldStart(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('option').first().waitFor();
  return page.evaluate(() => performance.now());
}

/** One Alt+↓, timed in the page from the key to the next frame after the new chat's rows appear. */
function switchOnce(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const title = (): string => document.querySelector('#chat-title')?.textContent ?? '';
    const before = title();
    const start = performance.now();
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }),
    );
    await new Promise<void>((resolve) => {
      const done = (): boolean =>
        title() !== before && document.querySelector('.message-scroll [data-message-id]') !== null;
      if (done()) return resolve();
      const obs = new MutationObserver(() => {
        if (!done()) return;
        obs.disconnect();
        resolve();
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - start;
  });
}

type ScrollFigures = { seen: number; longTasks: number; longestTaskMs: number; frames: number[] };

/** Scrolls up, a wheel step per frame, until SCROLLED distinct messages passed through the view. */
function scrollUp(page: Page): Promise<ScrollFigures> {
  return page.evaluate(async (want) => {
    const tasks: number[] = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) tasks.push(e.duration);
      // Chromium's entry type; Node's list of them does not know it.
    }).observe({ type: 'longtask' as never });
    const seen = new Set<string>();
    const frames: number[] = [];
    let last = performance.now();
    const deadline = last + 180_000;
    while (seen.size < want && performance.now() < deadline) {
      const scroller = document.querySelector('.message-scroll');
      if (!scroller) break;
      scroller.scrollBy(0, -120);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
      for (const m of scroller.querySelectorAll('[data-message-id]')) {
        seen.add(m.dataset['messageId'] ?? '');
      }
    }
    return { seen: seen.size, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks), frames };
  }, SCROLLED);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
}

const round = (n: number): number => Math.round(n * 10) / 10;

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shallot-bench-ui-'));
  const seedStart = performance.now();
  await seed(dataDir);
  report('ui.seed_ms', Math.round(performance.now() - seedStart), 'ms');
  const host = await launchWebHost(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env['SHALLOT_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles the in-page probes with esbuild's keepNames, which calls a `__name` helper.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    report('ui.cold_start_to_list_ms', Math.round(await coldStart(page, host.url)), 'ms');

    const switches: number[] = [];
    for (let i = 0; i < SWITCHES; i++) switches.push(await switchOnce(page));
    report('ui.chat_switch_p50_ms', round(percentile(switches, 50)), 'ms');
    report('ui.chat_switch_p95_ms', round(percentile(switches, 95)), 'ms');

    await page.keyboard.press('Control+n');
    await page.getByRole('textbox', { name: 'Session ID or ONS name' }).fill(BIG_CHAT);
    await page.getByRole('button', { name: 'Start chat' }).click();
    // The big chat's own header and rows, not the previous chat's still on screen.
    await page.locator(`.chat-header [title="${BIG_CHAT}"]`).waitFor();
    await page.locator('.message-scroll [data-message-id]').first().waitFor();
    const s = await scrollUp(page);
    const smooth = s.frames.filter((f) => f < 16.7).length / Math.max(1, s.frames.length);
    report('ui.scroll_messages_seen', s.seen, 'messages');
    report('ui.scroll_long_tasks_over_50ms', s.longTasks, 'tasks');
    report('ui.scroll_longest_task_ms', round(s.longestTaskMs), 'ms');
    report('ui.scroll_frames_under_16ms_pct', round(smooth * 100), '%');
    report('ui.scroll_frame_p95_ms', round(percentile(s.frames, 95)), 'ms');
    report('ui.renderer_js_heap_mb', round(await heapMb(page)), 'MB');
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
