/**
 * Opening conversations (by Session ID or ONS name, §4.4), message requests (accept, decline,
 * block — §3.5, §11.4) and the per-conversation settings kept on this device.
 */
import type { SessionId } from '../../crypto/ids';
import { isNetworkError } from '../../network';
import { isSessionId } from '../../protocol';
import type { ConversationRecord } from '../../store';
import { conversationOf, writeTracked, type Active } from './active';
import { Changes } from './changes';
import { MessagingError } from './messaging-error';

/** ONS names: letters, digits, `-` and `_`, not starting or ending with `-` (desktop's check). */
const ONS_NAME = /^[a-z0-9_]([a-z0-9_-]{0,62}[a-z0-9_])?$/i;
const ONS_TIMEOUT_MS = 25_000;

export type Recipient =
  | { readonly kind: 'session-id'; readonly sessionId: SessionId }
  | { readonly kind: 'group-id'; readonly groupId: string }
  | { readonly kind: 'ons-name'; readonly name: string }
  | { readonly kind: 'invalid'; readonly code: 'invalid-recipient' | 'unsupported-recipient' };

export function parseRecipient(input: string): Recipient {
  const text = input.trim();
  const lower = text.toLowerCase();
  if (/^05[0-9a-f]{64}$/.test(lower) && isSessionId(lower)) return { kind: 'session-id', sessionId: lower };
  if (/^03[0-9a-f]{64}$/.test(lower)) return { kind: 'group-id', groupId: lower };
  if (/^(15|25)[0-9a-f]{64}$/.test(lower)) return { kind: 'invalid', code: 'unsupported-recipient' };
  if (/^[0-9a-f]{66}$/.test(lower)) return { kind: 'invalid', code: 'invalid-recipient' };
  if (ONS_NAME.test(text)) return { kind: 'ons-name', name: lower };
  return { kind: 'invalid', code: 'invalid-recipient' };
}

async function resolveOns(a: Active, name: string): Promise<SessionId> {
  const signal = AbortSignal.any([a.session.signal, AbortSignal.timeout(ONS_TIMEOUT_MS)]);
  try {
    const net = await a.session.network.whenOpen(signal);
    const id = await net.resolveOns(name);
    if (!isSessionId(id)) throw new MessagingError('ons-unreachable', 'The ONS answer is not a Session ID.');
    return id;
  } catch (e) {
    if (e instanceof MessagingError) throw e;
    if (isNetworkError(e) && e.code === 'not-found') {
      throw new MessagingError('ons-not-found', 'No one has registered this ONS name.');
    }
    throw new MessagingError('ons-unreachable', 'The ONS name could not be resolved.', { cause: e });
  }
}

/** Opens (creating if needed) the conversation with a Session ID or an ONS name. */
export async function openConversation(
  a: Active,
  to: string,
): Promise<{ conversation: ConversationRecord; created: boolean }> {
  const r = parseRecipient(to);
  if (r.kind === 'invalid') throw new MessagingError(r.code, 'That is not a Session ID or ONS name.');
  // Groups are opened by the groups floor; a 03 id is not a one-to-one recipient.
  if (r.kind === 'group-id')
    throw new MessagingError('unsupported-recipient', 'Groups are opened from the group list.');
  const peer = r.kind === 'session-id' ? r.sessionId : await resolveOns(a, r.name);
  const { store } = a.session;
  const changes = new Changes();
  const result = writeTracked(a, changes, (tx) => {
    const existed = store.conversations.get(tx, peer) !== undefined;
    const conversation = a.people.openDirect(tx, peer, a.session.now(), changes);
    changes.conversation(peer);
    return { conversation, created: !existed };
  });
  changes.emit(a.events);
  return result;
}

function requestOf(a: Active, id: string): ConversationRecord & { readonly id: SessionId } {
  const conv = conversationOf(a, id);
  if (conv.requestState !== 'request')
    throw new MessagingError('not-a-request', 'This conversation is not a request.');
  return conv;
}

/** Accept: approved, into the main list, and MessageRequestResponse sent (§3.5). */
export function acceptRequest(a: Active, id: string): void {
  const conv = requestOf(a, id);
  const changes = new Changes();
  writeTracked(a, changes, (tx) => {
    const now = a.outgoing.stamp();
    if (a.people.accept(tx, conv.id, now, changes)) {
      const profile = a.people.ourProfile(tx, now);
      a.outgoing.control(tx, conv.id, {
        kind: 'message-request-response',
        sentAtMs: now,
        ...(profile ? { profile } : {}),
      });
    }
  });
  changes.emit(a.events);
}

/** Decline deletes the request (nothing is sent); block also drops everything further from them. */
export function declineRequest(a: Active, id: string, block: boolean): void {
  const conv = requestOf(a, id);
  const changes = new Changes();
  writeTracked(a, changes, (tx) => a.people.decline(tx, conv.id, block, a.session.now(), changes));
  changes.emit(a.events);
}

export function setBlocked(a: Active, id: string, blocked: boolean): void {
  const conv = conversationOf(a, id);
  if (conv.id === a.self) throw new MessagingError('unsupported-for-kind', 'Note to Self cannot be blocked.');
  const changes = new Changes().conversation(conv.id);
  writeTracked(a, changes, (tx) =>
    a.session.store.contacts.upsert(tx, conv.id, { blocked }, a.session.now()),
  );
  changes.emit(a.events);
}

export function setNickname(a: Active, id: string, nickname: string | null): void {
  const conv = conversationOf(a, id);
  if (conv.id === a.self) throw new MessagingError('unsupported-for-kind', 'Note to Self has no nickname.');
  if (nickname !== null && new TextEncoder().encode(nickname).length > 100) {
    throw new MessagingError('nickname-too-long', 'A nickname has at most 100 bytes.');
  }
  const changes = new Changes().conversation(conv.id);
  writeTracked(a, changes, (tx) =>
    a.session.store.contacts.upsert(tx, conv.id, { nickname: nickname || null }, a.session.now()),
  );
  changes.emit(a.events);
}

/** Pin, mute, draft, the hand-made unread mark: changes of this device only. */
export function patchConversation(
  a: Active,
  id: string,
  patch: { pinned?: boolean; mutedUntil?: number; draft?: string; markedUnread?: boolean },
): void {
  const conv = conversationOf(a, id);
  const { store } = a.session;
  const changes = new Changes().conversation(conv.id);
  writeTracked(a, changes, (tx) => {
    const p = {
      ...(patch.pinned !== undefined ? { priority: patch.pinned ? 1 : 0 } : {}),
      ...(patch.mutedUntil !== undefined ? { mutedUntil: patch.mutedUntil } : {}),
      ...(patch.draft !== undefined ? { draft: patch.draft === '' ? null : patch.draft } : {}),
    };
    if (Object.keys(p).length > 0) store.conversations.update(tx, conv.id, p);
    if (patch.markedUnread !== undefined) store.chat.setMarkedUnread(tx, conv.id, patch.markedUnread);
  });
  if (patch.draft === undefined) changes.emit(a.events);
}

export function deleteConversation(a: Active, id: string): void {
  const conv = conversationOf(a, id);
  const changes = new Changes().conversationRemoved(conv.id);
  writeTracked(a, changes, (tx) => a.session.store.conversations.remove(tx, conv.id));
  changes.emit(a.events);
}

export function clearConversation(a: Active, id: string): void {
  const conv = conversationOf(a, id);
  a.session.store.write((tx) => a.session.store.chat.clear(tx, conv.id));
  new Changes().conversation(conv.id).emit(a.events);
}
