/**
 * Whether a new message raises a desktop notification, and what it says. One pure function, so the
 * web host's renderer (browser Notification API) and, later, Electron's main process (its own
 * Notification and the dock badge) decide alike.
 */
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { NotificationContent } from '../../../electron/bridge/methods/settings';
import { t } from '../../i18n/t';
import { isMuted } from './conversation-order';

/** Enough for a glance; the rest is in the chat. */
const BODY_CHARS = 140;

export type NotifyInput = {
  readonly message: MessageView;
  readonly conversation: ConversationView;
  /** The chat on screen, if any. */
  readonly openId: string | undefined;
  /** The window is focused and visible. */
  readonly windowActive: boolean;
  readonly enabled: boolean;
  readonly content: NotificationContent;
  readonly now: number;
};

export type NotificationText = {
  readonly title: string;
  readonly body: string;
  /** One notification per chat: a newer one replaces the older. */
  readonly tag: string;
  readonly conversationId: string;
};

function worthTelling(m: MessageView): boolean {
  return !m.outgoing && m.unread && (m.kind === 'text' || (m.kind === 'call' && m.call?.missed === true));
}

function messageText(m: MessageView, c: ConversationView): string {
  const text = m.kind === 'call' ? t('notify.missedCall') : (m.body ?? '').replace(/\s+/g, ' ').trim();
  const line = c.kind === 'group' ? t('notify.groupLine', { name: m.sender.displayName, text }) : text;
  return line.length > BODY_CHARS ? `${line.slice(0, BODY_CHARS - 1)}…` : line;
}

export function notificationFor(input: NotifyInput): NotificationText | undefined {
  const { message: m, conversation: c } = input;
  if (!input.enabled || !worthTelling(m)) return undefined;
  // Requests wait in their box (a stranger cannot make the desktop chime); blocked and muted stay quiet.
  if (c.request === 'incoming' || c.blocked || isMuted(c, input.now)) return undefined;
  if (input.windowActive && input.openId === c.id) return undefined;
  const tag = `conversation-${c.id}`;
  switch (input.content) {
    case 'nothing':
      return { title: t('app.title'), body: t('notify.newMessage'), tag, conversationId: c.id };
    case 'name-only':
      return { title: c.displayName, body: t('notify.newMessage'), tag, conversationId: c.id };
    case 'name-and-message':
      return { title: c.displayName, body: messageText(m, c), tag, conversationId: c.id };
  }
}

/** The window title, with the unread total in front as other messengers show it. */
export function windowTitle(unreadTotal: number): string {
  return unreadTotal > 0
    ? t('notify.title', { n: unreadTotal > 999 ? '999+' : unreadTotal })
    : t('app.title');
}
