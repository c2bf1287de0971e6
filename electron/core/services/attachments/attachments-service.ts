/**
 * Attachments, voice messages and profile pictures (issue 14), a module of the account session
 * after messaging and config sync. Created once per core, it hands messaging its hooks (files on
 * outgoing messages, pointers of incoming ones) and registers the `attachment-upload` outbox kind;
 * started with the session, it opens DATA_DIR/attachments/, settles what a crash left (downloads
 * cut short go back to "download", stray files go) and serves the api's actions: hand-overs,
 * downloads, reads for the hosts, saves, settings and our own picture.
 */
import { dirname, join } from 'node:path';
import type { FileServerTarget } from '../../network';
import type { StoredAttachment } from '../../store';
import { configSyncModule, type ConfigSyncService } from '../config-sync/config-sync-service';
import type { DomainEventBus } from '../events';
import { messagingModule, type MessagingService } from '../messaging/messaging-service';
import { mediaSaved } from '../messaging/send-actions';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleContext, ModuleDefinition } from '../session/module';
import type { Timers } from '../session/timers';
import type { AttachmentsActive } from './active';
import { AttachmentsError, type AttachmentsErrorCode } from './attachments-error';
import { Avatars } from './avatars';
import { sweepAll, sweepOrphans } from './cleanup';
import { Downloads } from './downloads';
import { EncryptedFiles } from './encrypted-files';
import {
  AUTO_DOWNLOAD_SETTING,
  FILE_SERVER_SETTING,
  readSettings,
  serverTarget,
  type AttachmentSettings,
} from './file-servers';
import { attachmentHooks } from './hooks';
import { exportTo, openAttachment, openAvatar, readRange, type OpenedMedia } from './media-reader';
import { Staging, type UploadMeta } from './staging';
import { Transfers } from './transfers';
import { CANCELLED, uploadHandler } from './upload-job';

/** The reasons a failed download leaves on its row that are errors of their own (downloads.ts). */
const DOWNLOAD_FAILURES: readonly AttachmentsErrorCode[] = [
  'attachment-invalid',
  'attachment-dimensions',
  'attachment-io',
];

/** Removals are swept this long after the last one (a burst of deletions is one sweep). */
const SWEEP_DELAY_MS = 2_000;

export class AttachmentsService implements Module {
  readonly name = 'attachments';
  private active: AttachmentsActive | undefined;
  private avatarsOf: Avatars | undefined;
  private readonly messaging: MessagingService;
  private readonly configSync: ConfigSyncService;
  private readonly events: DomainEventBus;
  private readonly timers: Timers;
  private offs: (() => void)[] = [];
  private sweepQueued = false;

  constructor(ctx: ModuleContext) {
    this.events = ctx.events;
    this.timers = ctx.timers;
    this.messaging = ctx.require(messagingModule);
    this.configSync = ctx.require(configSyncModule);
    this.messaging.useAttachments(attachmentHooks(() => this.current()));
    ctx.outbox.register(uploadHandler(() => this.current()));
  }

  start(session: AccountSession): void {
    const files = new EncryptedFiles(join(dirname(session.store.path), 'attachments'));
    files.prepare();
    const transfers = new Transfers(this.events);
    let profileServer: Promise<FileServerTarget> | undefined;
    const active: AttachmentsActive = {
      session,
      files,
      transfers,
      staging: new Staging(files, () => session.store, this.timers),
      downloads: new Downloads(() => this.current()),
      settings: () => readSettings(session.store),
      profileServer: () =>
        (profileServer ??= session.network.whenOpen(session.signal).then((n) => n.profile.fileServer)),
    };
    this.active = active;
    this.avatarsOf = new Avatars(
      () => this.current(),
      this.events,
      (tx) => this.configSync.profileChanged(tx),
    );
    this.settleCrash(active);
    sweepAll(session.store, files, session.now());
    this.listen();
    void this.avatars().refresh();
  }

  stop(): void {
    for (const off of this.offs.splice(0)) off();
    this.active?.staging.stop();
    this.active?.transfers.stopAll();
    this.active = undefined;
    this.avatarsOf = undefined;
  }

  current(): AttachmentsActive {
    if (!this.active) throw new AttachmentsError('no-account', 'No account is open.');
    return this.active;
  }

  avatars(): Avatars {
    this.current();
    return this.avatarsOf!;
  }

  // —— handing files over ——

  begin(meta: UploadMeta): string {
    return this.current().staging.begin(meta);
  }

  append(uploadId: string, offset: number, bytes: Uint8Array): number {
    return this.current().staging.append(uploadId, offset, bytes);
  }

  finish(uploadId: string) {
    const a = this.current();
    return a.staging.finish(uploadId, a.session.now());
  }

  // —— transfers ——

  /** Starts (or retries) a download. */
  download(aid: string): void {
    this.current().downloads.start(aid);
  }

  /**
   * Resolves once attachment `aid` is on this device, downloading it first if needed (the CLI's
   * `attachment save`); a download that ends otherwise throws its reason as a typed error.
   */
  async ensureLocal(aid: string): Promise<void> {
    const a = this.current();
    if (this.attachment(aid).fileId) return;
    a.downloads.start(aid);
    await a.downloads.idle();
    const after = this.attachment(aid);
    if (after.fileId && after.state === 'ready') return;
    if (after.state === 'expired') throw new AttachmentsError('attachment-expired', 'The file has expired.');
    const code = DOWNLOAD_FAILURES.find((c) => c === after.failure) ?? 'attachment-download-failed';
    throw new AttachmentsError(code, 'The file could not be downloaded.');
  }

  /**
   * Stops what is happening to `id`: a hand-over in progress or not yet sent is dropped; a running
   * download goes back to "download"; an upload stops and its message fails (retry sends it again).
   */
  cancel(id: string): boolean {
    const a = this.current();
    if (a.staging.cancel(id)) return true;
    const att = this.attachment(id);
    if (!att.outgoing || att.url) return a.downloads.cancel(id);
    if (att.state !== 'uploading') return false;
    const { store } = a.session;
    store.write((tx) => store.media.patchAttachment(tx, id, { state: 'failed', failure: CANCELLED }));
    a.transfers.cancel(id);
    a.transfers.changed(att);
    return true;
  }

  attachment(aid: string): StoredAttachment {
    const { store } = this.current().session;
    const att = store.media.attachment(store.read, aid);
    if (!att) throw new AttachmentsError('attachment-not-found', 'There is no such attachment.');
    return att;
  }

  // —— reading ——

  open(kind: 'attachment' | 'avatar', id: string): OpenedMedia {
    const a = this.current();
    return kind === 'attachment' ? openAttachment(a, id) : openAvatar(a, id);
  }

  /** The plaintext, piece by piece, for the hosts' app-only routes (`end` exclusive). */
  stream(m: OpenedMedia, start = 0, end = m.file.size): AsyncGenerator<Uint8Array> {
    return this.current().files.read(m.file, start, end);
  }

  read(m: OpenedMedia, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    return readRange(this.current(), m, offset, length);
  }

  /**
   * The plaintext of a message's file at `position` when it is on this device (backup's conversation
   * export inlines small images with it); undefined otherwise.
   */
  async exportRead(messageId: number, position: number): Promise<Uint8Array | undefined> {
    const a = this.current();
    const { store } = a.session;
    const att = store.media.ofMessage(store.read, messageId).find((x) => x.position === position);
    const file = att?.fileId ? store.media.file(store.read, att.fileId) : undefined;
    return file ? a.files.readAll(file) : undefined;
  }

  /** A save the user asked for (a path from a host's dialog or the CLI, never the renderer's). */
  async saveTo(aid: string, path: string): Promise<void> {
    const a = this.current();
    const m = openAttachment(a, aid);
    await exportTo(a, m, path);
    this.saved(aid);
  }

  /** Tells the contact their file was saved (§3.5 media-saved; only for theirs, in an accepted 1:1). */
  saved(aid: string): void {
    const att = this.attachment(aid);
    if (!att.outgoing) mediaSaved(this.messaging.current(), att.messageId);
  }

  // —— settings ——

  settings(): AttachmentSettings {
    return this.current().settings();
  }

  setSettings(patch: Partial<AttachmentSettings>): AttachmentSettings {
    const { store } = this.current().session;
    if (patch.fileServer) serverTarget(patch.fileServer.url, patch.fileServer.publicKey);
    store.write((tx) => {
      if (patch.autoDownload !== undefined) store.settings.set(tx, AUTO_DOWNLOAD_SETTING, patch.autoDownload);
      if (patch.fileServer !== undefined) {
        const s = patch.fileServer && {
          url: patch.fileServer.url,
          publicKey: patch.fileServer.publicKey.toLowerCase(),
        };
        store.settings.set(tx, FILE_SERVER_SETTING, s);
      }
    });
    return this.settings();
  }

  /** Removes the files nothing points at any more (after deletions; tests). Returns how many. */
  sweepNow(): number {
    const a = this.current();
    return sweepOrphans(a.session.store, a.files);
  }

  /** Uploads cut short run again from the outbox; downloads cut short go back to "download". */
  private settleCrash(a: AttachmentsActive): void {
    const { store } = a.session;
    const cut = store.media.inFlight(store.read).filter((att) => att.state === 'downloading');
    if (cut.length === 0) return;
    store.write((tx) => cut.forEach((att) => store.media.patchAttachment(tx, att.aid, { state: 'pending' })));
  }

  private listen(): void {
    const sweepSoon = (): void => {
      if (this.sweepQueued) return;
      this.sweepQueued = true;
      this.timers.setTimeout(() => {
        this.sweepQueued = false;
        if (this.active) this.sweepNow();
      }, SWEEP_DELAY_MS);
    };
    this.offs.push(
      // Unsend clears a message's attachments but keeps the row: an update may free files too.
      this.events.on('messages.changed', (c) => c.removed.length + c.updated.length > 0 && sweepSoon()),
      this.events.on('conversations.changed', (c) => c.removed.length > 0 && sweepSoon()),
      this.messaging.onIncoming(() => void this.avatarsOf?.refresh()),
      this.configSync.onMerged(2, (_tx, _c, ctx) => ctx.afterCommit(() => void this.avatarsOf?.refresh())),
      this.configSync.onMerged(3, (_tx, _c, ctx) => ctx.afterCommit(() => void this.avatarsOf?.refresh())),
    );
  }
}

export const attachmentsModule: ModuleDefinition<AttachmentsService> = {
  name: 'attachments',
  create: (ctx) => new AttachmentsService(ctx),
};
