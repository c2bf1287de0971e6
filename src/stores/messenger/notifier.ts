/**
 * Desktop notifications in the renderer: listens for new messages, asks notification-rules.ts
 * whether and what to show, and shows it through a sink (the browser's Notification API here; in
 * Electron the same API shows native notifications). Permission is asked only from a user's click.
 */
import { createStore } from 'zustand/vanilla';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { ShallotBridge } from '../../bridge/bridge';
import type { SettingsStore } from '../settings-store';
import type { ChatStore } from './chat-store';
import type { ConversationsStore } from './conversations-store';
import type { FocusStore } from './focus-store';
import { notificationFor, type NotificationText } from './notification-rules';

export type Permission = 'granted' | 'denied' | 'default' | 'unsupported';

export type NotificationSink = {
  permission: () => Permission;
  request: () => Promise<Permission>;
  show: (text: NotificationText, onClick: () => void) => void;
};

/** The browser's Notification API (also what Electron renders natively). */
export function browserNotifications(win: Window = window): NotificationSink {
  // Absent in some embedded browsers; the type says it is always there.
  const api = (win as { Notification?: typeof Notification }).Notification;
  return {
    permission: () => api?.permission ?? 'unsupported',
    request: async () => (api ? await api.requestPermission() : 'unsupported'),
    show(text, onClick) {
      if (api?.permission !== 'granted') return;
      const n = new api(text.title, { body: text.body, tag: text.tag });
      n.onclick = () => {
        win.focus();
        onClick();
        n.close();
      };
    },
  };
}

/** What the Electron preload exposes: the main process shows the notification natively. */
export type DesktopNotifier = {
  notify: (text: NotificationText) => void;
  onNotificationClick: (handler: (conversationId: string) => void) => () => void;
};

/**
 * Electron's main-process notifications: the OS asks for permission, not the page. A click
 * arrives as the conversation id, and opens the chat the latest notification for it named.
 */
export function desktopNotifications(desktop: DesktopNotifier): NotificationSink {
  const clicks = new Map<string, () => void>();
  desktop.onNotificationClick((id) => clicks.get(id)?.());
  return {
    permission: () => 'granted',
    request: () => Promise.resolve('granted'),
    show(text, onClick) {
      clicks.set(text.conversationId, onClick);
      desktop.notify(text);
    },
  };
}

/** The desktop sink inside Electron, the browser's Notification API elsewhere. */
export function hostNotifications(win: Window = window): NotificationSink {
  const desktop = (win as { shallotDesktop?: DesktopNotifier }).shallotDesktop;
  return desktop ? desktopNotifications(desktop) : browserNotifications(win);
}

export type NotificationsState = {
  permission: Permission;
  /** Call from a click handler: browsers ignore a request without a user gesture. */
  requestPermission: () => Promise<void>;
  start: () => () => void;
};

export type NotifierDeps = {
  conversations: ConversationsStore;
  chat: ChatStore;
  settings: SettingsStore;
  focus: FocusStore;
  /** Opens a chat when its notification is clicked. */
  openChat: (conversationId: string) => void;
};

export function createNotificationsStore(bridge: ShallotBridge, sink: NotificationSink, deps: NotifierDeps) {
  const conversationOf = async (id: string): Promise<ConversationView | undefined> => {
    const known = deps.conversations.getState().byId(id);
    if (known) return known;
    const r = await bridge.call('conversations.get', { conversationId: id });
    return r.ok ? r.value : undefined;
  };

  const tell = async (message: MessageView): Promise<void> => {
    const conversation = await conversationOf(message.conversationId);
    if (!conversation) return;
    const prefs = deps.settings.getState().settings;
    const text = notificationFor({
      message,
      conversation,
      openId: deps.chat.getState().openId,
      windowActive: deps.focus.getState().active,
      enabled: prefs?.notifications ?? true,
      content: prefs?.notificationContent ?? 'name-and-message',
      now: Date.now(),
    });
    if (text) sink.show(text, () => deps.openChat(text.conversationId));
  };

  return createStore<NotificationsState>()((set) => ({
    permission: sink.permission(),
    async requestPermission() {
      set({ permission: await sink.request() });
    },
    start() {
      return bridge.on('messages.changed', ({ added }) => {
        // A burst (a chat catching up) shows only its newest message: one per chat, replaced by tag.
        const newest = added
          .filter((m) => !m.outgoing)
          .reduce<MessageView | undefined>((a, m) => (!a || m.sentAt > a.sentAt ? m : a), undefined);
        if (newest) void tell(newest);
      });
    },
  }));
}

export type NotificationsStore = ReturnType<typeof createNotificationsStore>;
