/**
 * What search results and exports call people and conversations, by the official apps' rule:
 * nickname > profile name > a shortened Session ID; a group by its name; ourselves by our display
 * name, and our own conversation "Note to Self".
 */
import { isSessionId } from '../../protocol';
import type { ConversationId, Store } from '../../store';
import { NOTE_TO_SELF } from './name-match';

const MAX_NAME = 100;

/** `05abcd…wxyz`: what the official apps show for someone without a name. */
export function shortId(id: string): string {
  return `${id.slice(0, 6)}…${id.slice(-4)}`;
}

export function personName(store: Store, self: string, id: string): string {
  if (id === self) return (store.accounts.profile(store.read)?.displayName || 'You').slice(0, MAX_NAME);
  const c = isSessionId(id) ? store.contacts.get(store.read, id) : undefined;
  return (c?.nickname || c?.name || shortId(id)).slice(0, MAX_NAME);
}

export function conversationTitle(store: Store, self: string, id: ConversationId): string {
  if (id === self) return NOTE_TO_SELF;
  if (id.startsWith('03'))
    return (store.conversations.get(store.read, id)?.name || 'Group').slice(0, MAX_NAME);
  return personName(store, self, id);
}
