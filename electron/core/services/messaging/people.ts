/**
 * Conversations, contacts and message requests as desktop 1.17.17 keeps them (protocol reference
 * §3.5 "Message requests", "Profile in messages", §11.4): two flags per contact — `approved` (we
 * accepted them: we wrote first, replied or pressed Accept) and `approvedMe` (they wrote to us or
 * accepted us) — and a conversation from someone we have not approved kept in the requests box
 * until it is accepted. All of it runs inside the caller's transaction.
 */
import type { SessionId } from '../../crypto/ids';
import { isSessionId, type Profile } from '../../protocol';
import { defineSetting, type ConversationRecord, type Store, type WriteDb } from '../../store';
import type { Changes } from './changes';

/** Our own name as we last announced it, and when it changed (our `lastProfileUpdateSeconds`). */
interface ProfileStamp {
  readonly name: string;
  readonly seconds: number;
}

const isStamp = (v: unknown): v is ProfileStamp =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ProfileStamp).name === 'string' &&
  typeof (v as ProfileStamp).seconds === 'number';

/**
 * Until config sync (issue 12) keeps the UserProfile config's `t`, the time our name last changed
 * is kept here: a send that finds the name changed since the last stamp stamps it anew.
 */
const PROFILE_STAMP = defineSetting<ProfileStamp>(
  'messaging.profileStamp',
  { name: '', seconds: 0 },
  isStamp,
);

export class People {
  constructor(
    private readonly store: Store,
    private readonly self: SessionId,
  ) {}

  /** The profile our visible messages and request responses carry (§3.5). */
  ourProfile(tx: WriteDb, nowMs: number): Profile | undefined {
    const name = this.store.accounts.profile(tx)?.displayName ?? '';
    // Our picture (config sync keeps the pointer) and when we last changed it (attachments).
    const avatar = this.store.configs.ownAvatar(tx);
    if (!name && !avatar) return undefined;
    let stamp = this.store.settings.get(tx, PROFILE_STAMP);
    if (stamp.name !== name) {
      stamp = { name, seconds: Math.floor(nowMs / 1000) };
      this.store.settings.set(tx, PROFILE_STAMP, stamp);
    }
    const seconds = Math.max(stamp.seconds, avatar ? this.store.media.ownAvatarFile(tx).updatedS : 0);
    return {
      ...(name ? { displayName: name } : {}),
      ...(avatar ? { picture: { url: avatar.url, key: avatar.key } } : {}),
      updatedAtSeconds: seconds,
    };
  }

  isBlocked(id: string): boolean {
    return isSessionId(id) && (this.store.contacts.get(this.store.read, id)?.blocked ?? false);
  }

  /**
   * A conversation we open ourselves: we approve them; nothing is sent (§3.5). A pending request
   * is only shown: accepting it (and answering) is `accept`'s, by the button or a reply.
   */
  openDirect(tx: WriteDb, peer: SessionId, nowMs: number, changes: Changes): ConversationRecord {
    const existing = this.store.conversations.get(tx, peer);
    if (existing?.requestState === 'request') return existing;
    const conv = existing ?? this.store.conversations.ensure(tx, { id: peer, kind: 'direct', now: nowMs });
    if (!existing) changes.conversation(peer);
    if (peer !== this.self) this.store.contacts.upsert(tx, peer, { approved: true }, nowMs);
    if (conv.priority < 0) return this.store.conversations.update(tx, peer, { priority: 0 });
    return conv;
  }

  /**
   * The conversation an incoming visible message from `sender` lands in: created as a request when
   * we have not approved the sender. Receiving any visible message sets their `approvedMe`.
   */
  incomingConversation(tx: WriteDb, sender: SessionId, nowMs: number, changes: Changes): ConversationRecord {
    const known = this.store.contacts.get(tx, sender);
    // Written only when it changes: this runs for every incoming message.
    const contact = known?.approvedMe
      ? known
      : this.store.contacts.upsert(tx, sender, { approvedMe: true }, nowMs);
    const existing = this.store.conversations.get(tx, sender);
    changes.conversation(sender);
    if (existing) {
      return existing.priority < 0 ? this.store.conversations.update(tx, sender, { priority: 0 }) : existing;
    }
    return this.store.conversations.ensure(tx, {
      id: sender,
      kind: 'direct',
      now: nowMs,
      requestState: contact.approved ? 'accepted' : 'request',
    });
  }

  /** Accepting (button or reply): approved, out of the requests box. True when a response is due. */
  accept(tx: WriteDb, peer: SessionId, nowMs: number, changes: Changes): boolean {
    const before = this.store.contacts.get(tx, peer);
    this.store.contacts.upsert(tx, peer, { approved: true }, nowMs);
    const conv = this.store.conversations.get(tx, peer);
    if (conv && conv.requestState !== 'accepted') {
      this.store.conversations.update(tx, peer, { requestState: 'accepted' });
      changes.conversation(peer);
    }
    // §3.5: sent exactly when `approved` flips false → true while `approvedMe` is already true.
    return peer !== this.self && !(before?.approved ?? false) && (before?.approvedMe ?? false);
  }

  /** Declining deletes the request; blocking also drops everything further from that ID. */
  decline(tx: WriteDb, peer: SessionId, block: boolean, nowMs: number, changes: Changes): void {
    this.store.conversations.remove(tx, peer);
    if (block) this.store.contacts.upsert(tx, peer, { blocked: true, approved: false }, nowMs);
    changes.conversationRemoved(peer);
  }

  /**
   * §3.5 profile rule: a contact's name and avatar from a message are applied only when its
   * `lastProfileUpdateSeconds` is newer than the one applied before (or both are 0); profiles in
   * messages from our own devices are ignored.
   */
  applyProfile(tx: WriteDb, sender: SessionId, profile: Profile | undefined, nowMs: number): boolean {
    if (!profile || sender === this.self) return false;
    const known = this.store.chat.profileUpdatedSeconds(tx, sender);
    const newer = profile.updatedAtSeconds > known || (profile.updatedAtSeconds === 0 && known === 0);
    if (!newer) return false;
    this.store.contacts.upsert(
      tx,
      sender,
      {
        name: profile.displayName ?? null,
        avatar: profile.picture ? { url: profile.picture.url, key: profile.picture.key, path: null } : null,
      },
      nowMs,
    );
    this.store.chat.setProfileUpdatedSeconds(tx, sender, profile.updatedAtSeconds);
    return true;
  }
}
