/**
 * Where a conversation goes in the main list. The core sends pages already sorted (pinned first,
 * then last activity, newest first) and its order is kept as given; only a conversation that an
 * event adds or changes is placed here, by the same rule, next to the ones already loaded.
 */
import type { ConversationView } from '../../../electron/bridge/methods/conversations';

/** Negative when `a` comes before `b` in the list. */
export function compareConversations(a: ConversationView, b: ConversationView): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return b.lastActivityAt - a.lastActivityAt;
}

/** The main list holds accepted chats; incoming requests wait in the requests box until accepted. */
export function belongsInList(c: ConversationView): boolean {
  return c.request !== 'incoming';
}

/**
 * Applies an event's upserts and removals to a loaded prefix of the list. `complete` says the
 * whole list is loaded; when it is not, a conversation that sorts after the last loaded one is left
 * out (the next page brings it), so paging never shows it twice or skips one.
 */
export function patchList(
  items: readonly ConversationView[],
  upserted: readonly ConversationView[],
  removed: readonly string[],
  complete: boolean,
): ConversationView[] {
  const changed = new Set([...removed, ...upserted.map((c) => c.id)]);
  let next = items.filter((c) => !changed.has(c.id));
  const tail = next.at(-1);
  for (const c of upserted) {
    if (!belongsInList(c)) continue;
    if (!complete && tail && compareConversations(c, tail) > 0) continue;
    next = insertSorted(next, c);
  }
  return next;
}

function insertSorted(items: ConversationView[], c: ConversationView): ConversationView[] {
  // After any equal neighbour, so ties keep the order the core gave.
  const at = items.findIndex((other) => compareConversations(c, other) < 0);
  return at < 0 ? [...items, c] : [...items.slice(0, at), c, ...items.slice(at)];
}

/** Muted now (until a later time, or for ever)? */
export function isMuted(c: Pick<ConversationView, 'mutedUntil'>, now: number): boolean {
  return c.mutedUntil === 'forever' || (typeof c.mutedUntil === 'number' && c.mutedUntil > now);
}
