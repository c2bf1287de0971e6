/**
 * The view model of one open chat (DESIGN §3b): a bounded window of keyset pages from
 * `messages.page`, grown at either end as the user scrolls, replaced when they jump (to a quoted
 * message, to the newest), and patched by `messages.changed` / `messages.expired`. It opens at the
 * first unread message with a divider that stays put while the chat is open, and it marks what the
 * user has seen as read. `change` tells the list how the rows moved, so it can keep what the user
 * looks at in place (older rows arrive above it) or follow the newest message.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { BridgeError, Params, ShallotBridge } from '../../bridge/bridge';
import {
  appendPage,
  applyChange,
  compareMessages,
  hasNewer,
  hasOlder,
  messagesOf,
  pageFrom,
  prependPage,
  type Change,
  type Page,
} from './message-pages';
import { buildRows, type Row } from './message-rows';

/** Messages per page: a screenful or two. */
export const PAGE_SIZE = 50;
/** The window never holds more than this many messages (whole pages are dropped at the far end). */
export const WINDOW_CAP = 300;

type Anchor = Params<'messages.page'>['anchor'];

/** How the rows changed last, for the list's scroll bookkeeping. */
export type WindowChange =
  | { readonly kind: 'open'; readonly target: 'unread' | 'newest' }
  | { readonly kind: 'older' }
  | { readonly kind: 'newer' }
  | { readonly kind: 'jump'; readonly target: string }
  | { readonly kind: 'newest' }
  | { readonly kind: 'patch'; readonly appended: number; readonly own: boolean };

/** The message at the top of the viewport and how far its top is above the viewport's (px). */
export type ScrollAnchor = { readonly messageId: string; readonly offset: number };

export type WindowState = {
  readonly conversationId: string;
  pages: Page[];
  rows: Row[];
  status: 'loading' | 'ready' | 'error';
  error?: BridgeError;
  loadingOlder: boolean;
  loadingNewer: boolean;
  hasOlder: boolean;
  hasNewer: boolean;
  /** Fixed when the chat opens, so the divider does not jump while messages are being read. */
  firstUnreadId: string | null;
  unreadCount: number;
  /** Counts changes; the list reacts to each new value once. */
  revision: number;
  change: WindowChange;
  /** Kept by the list as the user scrolls; restored after older rows arrive above it. */
  anchor?: ScrollAnchor;
  /** A message jumped to, shown highlighted for a moment. */
  highlightId?: string;
  open: () => Promise<void>;
  loadOlder: () => Promise<void>;
  loadNewer: () => Promise<void>;
  jumpTo: (messageId: string) => Promise<void>;
  jumpToNewest: () => Promise<void>;
  setAnchor: (anchor: ScrollAnchor | undefined) => void;
  /** The newest message the user has on screen; marks it and everything before it read. */
  seen: (messageId: string) => void;
  find: (messageId: string) => MessageView | undefined;
  /** A message the core answered a call with: added or updated in place, as an event would. */
  accept: (message: MessageView) => void;
  dispose: () => void;
};

export type WindowOptions = {
  /** Whether the user is looking (window focused and visible): only then is anything marked read. */
  isActive?: () => boolean;
};

type Set = StoreApi<WindowState>['setState'];
type Get = StoreApi<WindowState>['getState'];

/**
 * Loading and patching: the window's pages, replaced or grown through `messages.page`, patched
 * by events. `generation` drops answers for a window that was replaced meanwhile, and changes
 * that arrive while a replacing page is on its way are applied on top of it.
 */
function windowPages(bridge: ShallotBridge, conversationId: string, set: Set, get: Get) {
  let generation = 0;
  let replacing = false;
  let queued: Change[] = [];

  const fetchPage = (anchor: Anchor) =>
    bridge.call('messages.page', { conversationId, anchor, limit: PAGE_SIZE });

  const show = (pages: Page[], change: WindowChange, extra: Partial<WindowState> = {}): void =>
    set((s) => ({
      pages,
      rows: buildRows(
        messagesOf(pages),
        'firstUnreadId' in extra ? (extra.firstUnreadId ?? null) : s.firstUnreadId,
      ),
      hasOlder: hasOlder(pages),
      hasNewer: hasNewer(pages),
      revision: s.revision + 1,
      change,
      ...extra,
    }));

  const patch = (change: Change): void => {
    if (replacing) {
      queued.push(change);
      return;
    }
    if (get().status !== 'ready') return;
    const { pages, appended } = applyChange(get().pages, change);
    show(pages, { kind: 'patch', appended: appended.length, own: appended.some((m) => m.outgoing) });
  };

  /** Replaces the whole window with the page at `anchor`; false when it failed or was overtaken. */
  const replace = async (
    anchor: Anchor,
    change: (firstUnreadId: string | null) => WindowChange,
    moveDivider = false,
  ): Promise<boolean> => {
    const mine = ++generation;
    replacing = true;
    set((s) => ({
      status: s.pages.length === 0 ? 'loading' : s.status,
      loadingOlder: false,
      loadingNewer: false,
    }));
    const r = await fetchPage(anchor);
    if (mine !== generation) return false;
    replacing = false;
    const later = queued;
    queued = [];
    if (!r.ok) {
      set({ status: 'error', error: r.error });
      return false;
    }
    const { firstUnreadId, unreadCount } = r.value;
    show([pageFrom(r.value)], change(firstUnreadId), {
      status: 'ready',
      error: undefined,
      unreadCount,
      ...(moveDivider ? { firstUnreadId } : {}),
    });
    for (const c of later) patch(c);
    return true;
  };

  const grow = async (end: 'older' | 'newer'): Promise<void> => {
    const s = get();
    const cursor = end === 'older' ? s.pages[0]?.older : s.pages.at(-1)?.newer;
    const busy = end === 'older' ? s.loadingOlder : s.loadingNewer;
    if (!cursor || busy || s.status !== 'ready') return;
    const mine = generation;
    const flag = end === 'older' ? 'loadingOlder' : 'loadingNewer';
    set({ [flag]: true });
    const r = await fetchPage(end === 'older' ? { at: 'before', cursor } : { at: 'after', cursor });
    if (mine !== generation) return;
    if (!r.ok) return set({ [flag]: false, error: r.error });
    const page = pageFrom(r.value);
    const pages =
      end === 'older'
        ? prependPage(get().pages, page, WINDOW_CAP)
        : appendPage(get().pages, page, WINDOW_CAP);
    show(pages, { kind: end }, { [flag]: false, error: undefined });
  };

  return { patch, replace, grow, stop: () => void generation++ };
}

/**
 * Marking read what the user saw: one `messages.markReadUpTo` at a time, never backwards, and the
 * newest message seen meanwhile is marked as soon as the one in flight answers.
 */
function readMarker(
  bridge: ShallotBridge,
  conversationId: string,
  set: Set,
  get: Get,
  isActive: () => boolean,
) {
  let marking = false;
  let markedUpTo: MessageView | undefined;
  let pendingSeen: string | undefined;

  const seen = (messageId: string): void => {
    const m = get().find(messageId);
    if (!m || !isActive()) return;
    if (marking) {
      pendingSeen = messageId;
      return;
    }
    if (markedUpTo && compareMessages(m, markedUpTo) <= 0) return;
    const unreadUpTo = messagesOf(get().pages).some(
      (o) => o.unread && !o.outgoing && compareMessages(o, m) <= 0,
    );
    if (unreadUpTo) void mark(m);
  };

  const mark = async (upTo: MessageView): Promise<void> => {
    marking = true;
    const r = await bridge.call('messages.markReadUpTo', { conversationId, messageId: upTo.id });
    marking = false;
    if (r.ok) {
      markedUpTo = upTo;
      set({ unreadCount: r.value.unreadCount });
    }
    const next = pendingSeen;
    pendingSeen = undefined;
    if (next && r.ok) seen(next);
  };

  return seen;
}

const INITIAL = {
  pages: [],
  rows: [],
  status: 'loading',
  loadingOlder: false,
  loadingNewer: false,
  hasOlder: false,
  hasNewer: false,
  firstUnreadId: null,
  unreadCount: 0,
  revision: 0,
  change: { kind: 'open', target: 'newest' },
} as const satisfies Partial<WindowState>;

export function createMessageWindow(
  bridge: ShallotBridge,
  conversationId: string,
  options: WindowOptions = {},
) {
  const isActive = options.isActive ?? (() => true);
  const offs: (() => void)[] = [];

  return createStore<WindowState>()((set, get) => {
    const { patch, replace, grow, stop } = windowPages(bridge, conversationId, set, get);
    const bump = (change: WindowChange, extra: Partial<WindowState> = {}): void =>
      set((s) => ({ change, revision: s.revision + 1, ...extra }));
    return {
      ...INITIAL,
      pages: [],
      rows: [],
      conversationId,

      async open() {
        if (offs.length === 0) {
          offs.push(
            bridge.on('messages.changed', (e) => {
              if (e.conversationId === conversationId) patch(e);
            }),
            bridge.on('messages.expired', (e) => {
              if (e.conversationId === conversationId)
                patch({ added: [], updated: [], removed: e.messageIds });
            }),
          );
        }
        // The divider goes where the core says the first unread message is, and the list opens on it.
        await replace(
          { at: 'first-unread' },
          (first) => ({ kind: 'open', target: first ? 'unread' : 'newest' }),
          true,
        );
      },

      loadOlder: () => grow('older'),
      loadNewer: () => grow('newer'),

      async jumpTo(messageId) {
        if (get().find(messageId))
          return bump({ kind: 'jump', target: messageId }, { highlightId: messageId });
        const done = await replace({ at: 'around', messageId }, () => ({ kind: 'jump', target: messageId }));
        if (done) set({ highlightId: messageId });
      },

      async jumpToNewest() {
        if (!get().hasNewer) return bump({ kind: 'newest' });
        await replace({ at: 'newest' }, () => ({ kind: 'newest' }));
      },

      setAnchor: (anchor) => set({ anchor }),
      seen: readMarker(bridge, conversationId, set, get, isActive),
      find: (messageId) => messagesOf(get().pages).find((m) => m.id === messageId),

      accept(message) {
        const known = get().find(message.id) !== undefined;
        patch(
          known
            ? { added: [], updated: [message], removed: [] }
            : { added: [message], updated: [], removed: [] },
        );
      },

      dispose() {
        stop();
        for (const off of offs.splice(0)) off();
      },
    };
  });
}

export type MessageWindow = ReturnType<typeof createMessageWindow>;
