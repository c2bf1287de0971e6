/**
 * The rows the message list draws from the window's messages: a separator before each new day, the
 * unread divider before the first unread message, and each message with whether it opens and
 * closes a group (consecutive messages of one sender, a few minutes apart, shown as one block with
 * one name and one time stamp, as Signal and Session do).
 */
import type { MessageView } from '../../../electron/bridge/methods/messages';

/** Messages further apart than this start a new group. */
export const GROUP_GAP_MS = 5 * 60_000;

export type Row =
  | { readonly kind: 'day'; readonly key: string; readonly day: number }
  | { readonly kind: 'unread'; readonly key: 'unread' }
  | {
      readonly kind: 'message';
      readonly key: string;
      readonly message: MessageView;
      /** First of its group: shows the sender's name (groups) and opens the bubble shape. */
      readonly first: boolean;
      /** Last of its group: shows the time and the avatar. */
      readonly last: boolean;
    };

/** Midnight (local time) of the day `ms` falls in. */
export function dayOf(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Notices (timer changes, calls, accepted requests) stand alone; bubbles group. */
function groups(m: MessageView): boolean {
  return m.kind === 'text' || m.kind === 'deleted';
}

function joins(prev: MessageView | undefined, m: MessageView): boolean {
  return (
    prev !== undefined &&
    groups(prev) &&
    groups(m) &&
    prev.outgoing === m.outgoing &&
    prev.sender.id === m.sender.id &&
    dayOf(prev.sentAt) === dayOf(m.sentAt) &&
    m.sentAt - prev.sentAt <= GROUP_GAP_MS
  );
}

export function buildRows(messages: readonly MessageView[], firstUnreadId: string | null): Row[] {
  const rows: Row[] = [];
  let lastDay: number | undefined;
  messages.forEach((m, i) => {
    const day = dayOf(m.sentAt);
    const newDay = day !== lastDay;
    if (newDay) rows.push({ kind: 'day', key: `day-${day}`, day });
    lastDay = day;
    const divider = m.id === firstUnreadId;
    if (divider) rows.push({ kind: 'unread', key: 'unread' });
    const next = messages[i + 1];
    const nextDivider = next?.id === firstUnreadId;
    rows.push({
      kind: 'message',
      key: m.id,
      message: m,
      first: newDay || divider || !joins(messages[i - 1], m),
      last: next === undefined || nextDivider || !joins(m, next),
    });
  });
  return rows;
}

/** The row index of a message, or -1. */
export function rowIndexOf(rows: readonly Row[], messageId: string): number {
  return rows.findIndex((r) => r.kind === 'message' && r.key === messageId);
}
