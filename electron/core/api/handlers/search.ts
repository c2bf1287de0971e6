import type { z } from 'zod';
import type { MessageHit, PersonHit as PersonHitView } from '../../../bridge/methods/search';
import type { ConversationId, SearchHit, Store } from '../../store';
import type { PersonHit } from '../../services/search/name-match';
import { conversationTitle, personName } from '../../services/search/names';
import type { SearchService } from '../../services/search/search-service';
import type { Handlers } from '../dispatcher';

type Kind = z.infer<typeof PersonHitView>['kind'];

function kindOf(id: string, self: string): Kind {
  if (id === self) return 'note-to-self';
  return id.startsWith('03') ? 'group' : 'direct';
}

function personView(store: Store, self: string, h: PersonHit): z.infer<typeof PersonHitView> {
  const id = h.row.id as ConversationId;
  return {
    conversationId: id,
    kind: kindOf(id, self),
    displayName: conversationTitle(store, self, id),
    matchedOn: h.matchedOn,
    hasConversation: h.row.hasConversation,
    avatar: null,
  };
}

function messageViews(store: Store, self: string, hits: readonly SearchHit[]): z.infer<typeof MessageHit>[] {
  const titles = new Map<string, string>();
  const title = (id: ConversationId): string => {
    if (!titles.has(id)) titles.set(id, conversationTitle(store, self, id));
    return titles.get(id)!;
  };
  return hits.map((h) => ({
    messageId: String(h.messageId),
    conversationId: h.conversationId,
    conversationName: title(h.conversationId),
    conversationKind: kindOf(h.conversationId, self),
    senderName: personName(store, self, h.sender),
    outgoing: h.sender === self,
    sentAt: h.sentAt,
    snippet: h.snippet.slice(0, 2_000),
  }));
}

/** A message id as the wire gives it back; anything else finds nothing. */
function rowId(id: string): number | undefined {
  return /^[1-9][0-9]{0,15}$/u.test(id) ? Number(id) : undefined;
}

export function searchHandlers(
  service: () => SearchService,
): Pick<Handlers, 'search.global' | 'search.inChat' | 'search.rebuildIndex'> {
  return {
    'search.global': ({ query, limit, before, conversationId }) => {
      const search = service();
      const { store, identity } = search.current();
      const self = identity.sessionId;
      const beforeId = before === undefined ? undefined : rowId(before);
      if (before !== undefined && beforeId === undefined) return { people: [], messages: [], more: false };
      const r = search.global(query, {
        messageLimit: limit,
        ...(beforeId !== undefined ? { beforeMessageId: beforeId } : {}),
        ...(conversationId !== undefined ? { conversationId: conversationId as ConversationId } : {}),
      });
      return {
        people: r.people.map((p) => personView(store, self, p)),
        messages: messageViews(store, self, r.messages),
        more: r.messages.length === limit,
      };
    },
    'search.inChat': ({ conversationId, query }) => {
      const r = service().inConversation(conversationId as ConversationId, query);
      return {
        total: r.total,
        matches: r.matches.map((m) => ({ messageId: String(m.messageId), sentAt: m.sentAt })),
      };
    },
    'search.rebuildIndex': () => {
      service().rebuildIndex();
      return {};
    },
  };
}
