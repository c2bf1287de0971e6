/**
 * Search over the open account (issue 15): global search — people by name and messages by text,
 * grouped — and the matches inside one conversation for in-chat search. A module: it reads the
 * session's store and keeps nothing of its own. Every query runs on the core's worker in one
 * synchronous read; the renderer debounces typing and drops answers to stale queries.
 */
import {
  StoreError,
  type ChatMatches,
  type ConversationId,
  type PersonRow,
  type SearchHit,
  type Store,
} from '../../store';
import { AccountError } from '../account/account-error';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleDefinition } from '../session/module';
import { matchPeople, type PersonHit } from './name-match';
import { SearchError } from './search-error';

export interface GlobalSearchResult {
  readonly people: readonly PersonHit[];
  readonly messages: readonly SearchHit[];
}

export interface GlobalSearchOptions {
  readonly peopleLimit?: number;
  readonly messageLimit?: number;
  /** More messages after this one (the last of the previous answer); people are left out then. */
  readonly beforeMessageId?: number;
  /** Messages of this conversation only; people are left out then. */
  readonly conversationId?: ConversationId;
}

export class SearchService implements Module {
  readonly name = 'search';
  private session: AccountSession | undefined;

  start(session: AccountSession): void {
    this.session = session;
  }

  stop(): void {
    this.session = undefined;
  }

  /** The open account's session; `no-account` while none is open. */
  current(): AccountSession {
    if (!this.session) throw new AccountError('no-account', 'Search needs an open account.');
    return this.session;
  }

  private store(): Store {
    return this.current().store;
  }

  global(query: string, opts: GlobalSearchOptions = {}): GlobalSearchResult {
    const store = this.store();
    const self = this.session!.identity.sessionId;
    return guarded(() => ({
      people:
        opts.beforeMessageId === undefined && opts.conversationId === undefined
          ? matchPeople(
              withNoteToSelf(store.search.people(store.read), self),
              query,
              self,
              opts.peopleLimit ?? 8,
            )
          : [],
      messages: store.search.messages(store.read, query, {
        prefix: true,
        limit: opts.messageLimit ?? 30,
        ...(opts.beforeMessageId !== undefined ? { beforeMessageId: opts.beforeMessageId } : {}),
        ...(opts.conversationId !== undefined ? { conversationId: opts.conversationId } : {}),
      }),
    }));
  }

  /** The matches in one conversation, newest first in chat order, with their total. */
  inConversation(conversationId: ConversationId, query: string): ChatMatches {
    const store = this.store();
    if (!store.conversations.get(store.read, conversationId)) {
      throw new SearchError('conversation-not-found', 'There is no such conversation to search.');
    }
    return guarded(() => store.search.inConversation(store.read, conversationId, query, { prefix: true }));
  }

  /** Rebuilds the message index from the messages (after `search-index-damaged`). */
  rebuildIndex(): void {
    const store = this.store();
    store.write((tx) => store.search.rebuild(tx));
  }
}

/** Note to Self can be found (and opened) before its first message, like any contact. */
function withNoteToSelf(rows: PersonRow[], self: string): PersonRow[] {
  if (rows.some((r) => r.id === self)) return rows;
  const own: PersonRow = {
    id: self,
    kind: 'direct',
    conversationName: null,
    contactName: null,
    nickname: null,
    hasConversation: false,
    lastActivityAt: 0,
  };
  return [...rows, own];
}

/** A damaged index is the user's to repair (rebuildIndex), not an internal error. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StoreError && e.code === 'corrupt') {
      throw new SearchError('search-index-damaged', 'The search index is damaged: rebuild it.', { cause: e });
    }
    throw e;
  }
}

export const searchModule: ModuleDefinition<SearchService> = {
  name: 'search',
  create: () => new SearchService(),
};
