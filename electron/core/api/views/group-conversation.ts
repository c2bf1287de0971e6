/**
 * What a group's conversation shows beyond a one-to-one's: its member count, whether we may post
 * (an invite not accepted, a removal or a deletion close the composer) and the list's one-line
 * snippet of a group notice. The renderer words the notices in the timeline itself.
 */
import type { ConversationView } from '../../../bridge/methods/conversations';
import type { GroupId } from '../../crypto/ids';
import type { Notice } from '../../services/messaging/notices';
import type { ConversationRecord, Store } from '../../store';
import type { PeopleCache } from './people';

export function groupFacts(
  store: Store,
  c: ConversationRecord,
): Pick<ConversationView, 'memberCount' | 'sendability' | 'displayName'> {
  const g = c.kind === 'group' ? store.groups.get(store.read, c.id as GroupId) : undefined;
  const sendability: ConversationView['sendability'] =
    g?.state === 'joined'
      ? { canSend: true }
      : { canSend: false, reason: g?.state === 'destroyed' ? 'group-destroyed' : 'not-a-member' };
  return {
    memberCount: g?.memberCount ?? 0,
    sendability,
    displayName: (c.name || g?.name || 'Group').slice(0, 100),
  };
}

function names(ids: readonly string[], people: PeopleCache): string {
  const shown = ids.slice(0, 2).map((id) => (id === people.self ? 'you' : people.displayName(id)));
  if (ids.length > 2) return `${shown.join(', ')} and ${ids.length - 2} others`;
  return shown.join(' and ');
}

/** "Alice added Bob and Carol": the conversation list's line for a group notice. */
export function groupSnippet(n: Extract<Notice, { type: 'group' }>, people: PeopleCache): string {
  const by = n.by === null ? 'Someone' : n.by === people.self ? 'You' : people.displayName(n.by);
  const who = names(n.members, people);
  switch (n.change) {
    case 'created':
      return `${by} created the group`;
    case 'members-added':
      return `${by} added ${who}`;
    case 'members-removed':
      return `${by} removed ${who}`;
    case 'members-promoted':
      return `${by} made ${who} admin`;
    case 'member-left':
      return `${who || by} left the group`;
    case 'renamed':
      return `${by} renamed the group to ${n.name ?? ''}`.trim();
    case 'avatar-changed':
      return `${by} changed the group picture`;
    case 'invited':
      return `${by} invited you`;
    case 'you-were-removed':
      return 'You were removed from the group';
  }
}
