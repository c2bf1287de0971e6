/**
 * The window of keyset pages an open chat holds (DESIGN §3b): a few consecutive pages of one
 * conversation, oldest first, each keeping the cursors the core gave it, so the window can grow at
 * either end and be cut back to a bound without ever loading the whole chat. Pure functions; the
 * view model (message-window.ts) owns the state and the calls.
 */
import type { MessagePage, MessageView } from '../../../electron/bridge/methods/messages';

export type Page = {
  /** Oldest first (the core sends newest first). */
  readonly items: readonly MessageView[];
  /** `before: older` continues towards the start of the chat; null there. */
  readonly older: string | null;
  /** `after: newer` continues towards its newest message; null there. */
  readonly newer: string | null;
};

/**
 * The core's page order (messages repo: `sent_at`, then the local id). Ids are opaque strings; the
 * core's are decimal row ids, so a shorter one is the smaller, and equal lengths compare as text.
 */
export function compareMessages(a: MessageView, b: MessageView): number {
  return a.sentAt - b.sentAt || a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function pageFrom(p: MessagePage): Page {
  return { items: [...p.items].reverse(), older: p.older, newer: p.newer };
}

export function messagesOf(pages: readonly Page[]): MessageView[] {
  return pages.flatMap((p) => p.items);
}

export function hasOlder(pages: readonly Page[]): boolean {
  return pages.length > 0 && pages[0]!.older !== null;
}

export function hasNewer(pages: readonly Page[]): boolean {
  return pages.length > 0 && pages.at(-1)!.newer !== null;
}

function withoutKnown(page: Page, pages: readonly Page[]): Page {
  const known = new Set(messagesOf(pages).map((m) => m.id));
  return { ...page, items: page.items.filter((m) => !known.has(m.id)) };
}

function count(pages: readonly Page[]): number {
  return pages.reduce((n, p) => n + p.items.length, 0);
}

/** Adds an older page before the window; drops whole pages at the newer end beyond `cap` messages. */
export function prependPage(pages: readonly Page[], page: Page, cap: number): Page[] {
  const next = [withoutKnown(page, pages), ...pages];
  while (next.length > 1 && count(next) > cap) next.pop();
  return next;
}

/** Adds a newer page after the window; drops whole pages at the older end beyond `cap` messages. */
export function appendPage(pages: readonly Page[], page: Page, cap: number): Page[] {
  const next = [...pages, withoutKnown(page, pages)];
  while (next.length > 1 && count(next) > cap) next.shift();
  return next;
}

export type Change = {
  readonly added: readonly MessageView[];
  readonly updated: readonly MessageView[];
  readonly removed: readonly string[];
};

export type Patched = {
  pages: Page[];
  /** Added messages now at the newest end of the window. */
  appended: MessageView[];
  /** Added messages newer than a window that does not reach the newest page (not shown). */
  beyond: number;
};

function insertInto(items: readonly MessageView[], m: MessageView): MessageView[] {
  const at = items.findIndex((other) => compareMessages(m, other) < 0);
  return at < 0 ? [...items, m] : [...items.slice(0, at), m, ...items.slice(at)];
}

/** Which page an added message belongs in, or where it falls outside the window. */
function placeOf(pages: readonly Page[], m: MessageView): number | 'beyond' | 'before' {
  const all = messagesOf(pages);
  const first = all[0];
  const last = all.at(-1);
  const lastPage = pages.length - 1;
  if (!first || !last) return hasNewer(pages) || hasOlder(pages) ? 'beyond' : lastPage;
  if (compareMessages(m, last) > 0) return hasNewer(pages) ? 'beyond' : lastPage;
  if (compareMessages(m, first) < 0) return hasOlder(pages) ? 'before' : 0;
  // Inside the window: the first page whose newest message is not older than it.
  return pages.findIndex((p) => p.items.length > 0 && compareMessages(m, p.items.at(-1)!) <= 0);
}

/**
 * Applies a `messages.changed` event: removals and updates wherever the messages are, additions
 * where they sort. An addition outside a window that does not reach that end is left for paging.
 */
export function applyChange(pages: readonly Page[], change: Change): Patched {
  const drop = new Set(change.removed);
  const updates = new Map([...change.updated, ...change.added].map((m) => [m.id, m]));
  let next: Page[] = pages.map((p) => ({
    ...p,
    items: p.items.filter((m) => !drop.has(m.id)).map((m) => updates.get(m.id) ?? m),
  }));
  if (next.length === 0) next = [{ items: [], older: null, newer: null }];
  const present = new Set(messagesOf(next).map((m) => m.id));
  const appended: MessageView[] = [];
  let beyond = 0;
  for (const m of [...change.added].sort(compareMessages)) {
    if (present.has(m.id) || drop.has(m.id)) continue;
    const place = placeOf(next, m);
    if (place === 'beyond') beyond++;
    if (typeof place !== 'number') continue;
    const isNewest = place === next.length - 1 && compareMessages(m, messagesOf(next).at(-1) ?? m) >= 0;
    next = next.map((p, i) => (i === place ? { ...p, items: insertInto(p.items, m) } : p));
    present.add(m.id);
    if (isNewest) appended.push(m);
  }
  return { pages: next, appended, beyond };
}
