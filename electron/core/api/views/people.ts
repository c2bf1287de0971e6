/**
 * How a person is named in a view: nickname > profile name > a shortened Session ID (the official
 * apps' rule), and "You" for ourselves in notices. Contacts are read once per view batch.
 */
import { isSessionId } from '../../protocol';
import type { ContactRecord, Store } from '../../store';

export const NOTE_TO_SELF_NAME = 'Note to Self';

/** `05abcd…wxyz`: what the official apps show for someone without a name. */
export function shortId(id: string): string {
  return `${id.slice(0, 6)}…${id.slice(-4)}`;
}

export class PeopleCache {
  private readonly contacts = new Map<string, ContactRecord | null>();

  constructor(
    private readonly store: Store,
    readonly self: string,
  ) {}

  contact(id: string): ContactRecord | undefined {
    if (!this.contacts.has(id)) {
      this.contacts.set(
        id,
        (isSessionId(id) ? this.store.contacts.get(this.store.read, id) : undefined) ?? null,
      );
    }
    return this.contacts.get(id) ?? undefined;
  }

  displayName(id: string): string {
    if (id === this.self) {
      const own = this.store.accounts.profile(this.store.read)?.displayName;
      return (own || shortId(id)).slice(0, 100);
    }
    const c = this.contact(id);
    return (c?.nickname || c?.name || shortId(id)).slice(0, 100);
  }

  /** The picture of someone (ourselves included) when its decrypted copy is on this device. */
  avatar(id: string): { id: string } | null {
    if (id === this.self) {
      const own = this.store.configs.ownAvatar(this.store.read);
      const file = this.store.media.ownAvatarFile(this.store.read);
      return own && file.fileId && file.url === own.url ? { id: file.fileId } : null;
    }
    const path = this.contact(id)?.avatar?.path;
    return path ? { id: path } : null;
  }

  person(id: string): { id: string; displayName: string } {
    return { id, displayName: this.displayName(id) };
  }
}
