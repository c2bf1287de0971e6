/**
 * Profile pictures (protocol reference §8.4): ours is a staged image (the renderer crops it to a
 * square of at most 600 px), encrypted with a fresh 32-byte profile key (AES-256-GCM), uploaded to
 * the file server, carried in every visible message (`profile.picture` + `profileKey`, People) and
 * in the UserProfile config (config sync follows `store.configs.ownAvatar`). Contacts' pictures —
 * named by their messages or by the Contacts config — are downloaded, checked, decrypted and kept
 * encrypted at rest like attachments; a picture that fails stays the initials.
 */
import { decryptProfilePicture, encryptProfilePicture, newProfileKey } from '../../crypto/profile-cipher';
import { errorCode } from '../../errors';
import { parseFileUrl } from '../../protocol';
import type { WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import type { AttachmentsActive } from './active';
import { AttachmentsError } from './attachments-error';
import { downloadServer, uploadServer } from './file-servers';
import { displayable, imageInfo } from './image-info';

declare module '../events' {
  interface DomainEvents {
    /** Our own picture changed (set, cleared, or arrived from another device). */
    'avatar.changed': { readonly fileId: string | null };
  }
}

/** A contact's picture that failed is not fetched again before this. */
const RETRY_FAILED_MS = 60 * 60_000;
const MAX_AVATAR_BYTES = 10_000_000;

function bytesSource(data: Uint8Array) {
  return {
    size: data.length,
    async *chunks() {
      yield await Promise.resolve(data);
    },
  };
}

export class Avatars {
  private readonly failedAt = new Map<string, number>();
  private fetching: Promise<void> | undefined;

  constructor(
    private readonly active: () => AttachmentsActive,
    private readonly events: DomainEventBus,
    /** Config sync's "our profile changed" (UserProfile follows), when that module runs. */
    private readonly profileChanged: (tx: WriteDb) => void,
  ) {}

  /** Our picture from a staged upload (the staged row is used up; its file becomes the copy). */
  async setOwn(uploadId: string): Promise<string> {
    const a = this.active();
    const { store } = a.session;
    const staged = store.media.upload(store.read, uploadId);
    const file = staged ? store.media.file(store.read, staged.fileId) : undefined;
    if (!staged || !file) throw new AttachmentsError('attachment-not-found', 'There is no such upload.');
    const image = await a.files.readAll(file);
    const info = imageInfo(image);
    if (!info || !displayable(info) || image.length > MAX_AVATAR_BYTES) {
      throw new AttachmentsError('avatar-invalid', 'A profile picture is a PNG, JPEG, GIF or WebP image.');
    }
    const key = newProfileKey();
    const net = await a.session.network.whenOpen(a.session.signal);
    const server = uploadServer(a.settings().fileServer, await a.profileServer());
    const up = await net.uploadFileStream(bytesSource(encryptProfilePicture(image, key)), { server });
    store.write((tx) => {
      store.media.putFile(tx, { ...file, contentType: info.contentType });
      store.media.removeUpload(tx, uploadId);
      store.configs.setOwnAvatar(tx, { url: up.url, key });
      store.media.setOwnAvatarFile(tx, {
        fileId: file.id,
        url: up.url,
        updatedS: Math.floor(a.session.now() / 1000),
      });
      this.profileChanged(tx);
    });
    a.files.removeBlob(staged.blobFile);
    this.events.emit('avatar.changed', { fileId: file.id });
    return file.id;
  }

  clearOwn(): void {
    const a = this.active();
    const { store } = a.session;
    store.write((tx) => {
      store.configs.setOwnAvatar(tx, null);
      store.media.setOwnAvatarFile(tx, {
        fileId: null,
        url: null,
        updatedS: Math.floor(a.session.now() / 1000),
      });
      this.profileChanged(tx);
    });
    this.events.emit('avatar.changed', { fileId: null });
  }

  /** Our picture's local copy when it is a copy of the picture UserProfile names. */
  ownFile(): string | null {
    const { store } = this.active().session;
    const pointer = store.configs.ownAvatar(store.read);
    const file = store.media.ownAvatarFile(store.read);
    return pointer && file.url === pointer.url ? file.fileId : null;
  }

  /** Fetches what is missing: our own picture set on another device, and contacts' pictures. */
  refresh(): Promise<void> {
    this.fetching ??= this.fetchAll().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetchAll(): Promise<void> {
    const a = this.active();
    const { store } = a.session;
    const own = store.configs.ownAvatar(store.read);
    if (own && this.ownFile() === null && this.due(own.url)) {
      const updatedS = store.media.ownAvatarFile(store.read).updatedS;
      const fileId = await this.fetch(own.url, own.key, (tx, id) =>
        store.media.setOwnAvatarFile(tx, { fileId: id, url: own.url, updatedS }),
      );
      if (fileId) this.events.emit('avatar.changed', { fileId });
    }
    for (const c of store.media.contactsWithoutAvatarFile(store.read)) {
      if (a.session.signal.aborted) return;
      if (!this.due(c.url)) continue;
      // A contact who changed picture meanwhile keeps none: the sweep takes the file.
      const fileId = await this.fetch(c.url, c.key, (tx, id) => {
        store.media.setContactAvatarFile(tx, c.contact, c.url, id);
      });
      if (fileId) this.events.emit('conversations.changed', { upserted: [c.contact], removed: [] });
    }
  }

  private due(url: string): boolean {
    const failed = this.failedAt.get(url);
    return failed === undefined || Date.now() - failed > RETRY_FAILED_MS;
  }

  /** Downloads, decrypts and checks one picture; undefined (remembered) when it fails. */
  private async fetch(
    url: string,
    key: Uint8Array,
    record: (tx: WriteDb, fileId: string) => void,
  ): Promise<string | undefined> {
    const a = this.active();
    const location = parseFileUrl(url);
    try {
      if (!location)
        throw new AttachmentsError('avatar-invalid', 'The picture URL is not a file-server URL.');
      const net = await a.session.network.whenOpen(a.session.signal);
      const parts: Uint8Array[] = [];
      const server = downloadServer(location, await a.profileServer());
      await net.downloadFileStream(
        server,
        location.fileId,
        { write: (p) => void parts.push(p.slice()), reset: () => void parts.splice(0) },
        { expectedBytes: 100_000, signal: a.session.signal },
      );
      const image = decryptProfilePicture(new Uint8Array(Buffer.concat(parts)), key);
      const info = imageInfo(image);
      if (!info || !displayable(info))
        throw new AttachmentsError('avatar-invalid', 'The picture is not an image.');
      const kept = a.files.writeAll(image);
      const { store } = a.session;
      store.write((tx) => {
        store.media.putFile(tx, { ...kept, contentType: info.contentType, createdAt: Date.now() });
        record(tx, kept.id);
      });
      return kept.id;
    } catch (e) {
      if (!a.session.signal.aborted)
        a.session.logger.info('profile picture not fetched', { code: errorCode(e) });
      this.failedAt.set(url, Date.now());
      return undefined;
    }
  }
}
