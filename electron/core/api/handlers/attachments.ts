/** The attachments and avatar methods over the attachments module; every id is opaque. */
import type { AttachmentsCode } from '../../../bridge/errors/attachments';
import { attachmentsModule, type AttachmentsService } from '../../services/attachments/attachments-service';
import { backupModule } from '../../services/backup/backup-service';
import type { ModuleRegistry } from '../../services/session/module';
import type { AttachmentsErrorCode } from '../../services/attachments/attachments-error';
import { AttachmentsError } from '../../services/attachments/attachments-error';
import type { StagedUpload } from '../../store';
import type { DomainEventBus } from '../../services/events';
import type { Handlers } from '../dispatcher';
import type { EventBus } from '../events';

// The core's codes and the bridge's are one list, kept equal both ways by the compiler.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const CODES_MATCH: Same<
  Exclude<AttachmentsErrorCode, 'attachment-not-found' | 'no-account'>,
  AttachmentsCode
> = true;
void CODES_MATCH;

type Methods =
  | 'attachments.begin'
  | 'attachments.append'
  | 'attachments.finish'
  | 'attachments.cancel'
  | 'attachments.download'
  | 'attachments.read'
  | 'attachments.saveAs'
  | 'attachments.settings.get'
  | 'attachments.settings.set'
  | 'avatar.get'
  | 'avatar.set'
  | 'avatar.clear';

function staged(u: StagedUpload) {
  return {
    uploadId: u.aid,
    fileName: u.fileName,
    contentType: u.contentType,
    size: u.size,
    width: u.width,
    height: u.height,
    voice: u.voice,
    durationMs: u.durationMs,
  };
}

export function attachmentHandlers(module: () => AttachmentsService): Pick<Handlers, Methods> {
  const avatarView = (fileId: string | null) => ({ avatar: fileId ? { id: fileId } : null });
  return {
    'attachments.begin': (p) => ({ uploadId: module().begin(p) }),
    'attachments.append': ({ uploadId, offset, data }) => ({
      received: module().append(uploadId, offset, data),
    }),
    'attachments.finish': ({ uploadId }) => staged(module().finish(uploadId)),
    'attachments.cancel': ({ id }) => ({ cancelled: module().cancel(id) }),
    'attachments.download': ({ attachmentId }) => {
      module().download(attachmentId);
      return {};
    },
    'attachments.read': async ({ target, offset, length }) => {
      const m = module().open(target.kind, target.id);
      const data = await module().read(m, offset, length);
      return { data, size: m.file.size, contentType: m.contentType, fileName: m.fileName };
    },
    // Electron's main process answers this one itself (a dialog, then the core writes the file);
    // a host without a dialog gets here.
    'attachments.saveAs': ({ attachmentId }) => {
      module().open('attachment', attachmentId);
      throw new AttachmentsError('save-unsupported', 'This host saves files through the browser.');
    },
    'attachments.settings.get': () => module().settings(),
    'attachments.settings.set': (patch) => module().setSettings(patch),
    'avatar.get': () => avatarView(module().avatars().ownFile()),
    'avatar.set': async ({ uploadId }) => avatarView(await module().avatars().setOwn(uploadId)),
    'avatar.clear': () => {
      module().avatars().clearOwn();
      return avatarView(null);
    },
  };
}

/**
 * Transfer progress and avatar changes as the bridge carries them, and the backup module's reader
 * of attachments (its conversation export) when both modules run.
 */
export function wireAttachments(modules: ModuleRegistry, domain: DomainEventBus, events: EventBus): void {
  const names = modules.names();
  if (names.includes(attachmentsModule.name) && names.includes(backupModule.name)) {
    const attachments = modules.get(attachmentsModule);
    modules.get(backupModule).attachmentReader = {
      read: (messageId, position) => attachments.exportRead(messageId, position),
    };
  }
  domain.on('attachments.progress', (p) =>
    events.emit('attachments.progress', { ...p, messageId: String(p.messageId) }),
  );
  domain.on('avatar.changed', (a) =>
    events.emit('avatar.changed', { avatar: a.fileId ? { id: a.fileId } : null }),
  );
}
