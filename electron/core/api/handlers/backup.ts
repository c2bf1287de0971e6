import type { z } from 'zod';
import type { backupEvents } from '../../../bridge/methods/backup';
import { isShallotError } from '../../errors';
import type { AccountService } from '../../services/account/account-service';
import type { Argon2idCost } from '../../crypto/argon2id';
import { backupModule, type BackupService } from '../../services/backup/backup-service';
import type { DomainEventBus } from '../../services/events';
import type { ModuleRegistry } from '../../services/session/module';
import type { BackupFinished } from '../../services/backup/jobs';
import type { ConversationId } from '../../store';
import type { Handlers } from '../dispatcher';
import type { EventBus } from '../events';
import { wireCode } from '../wire-errors';

type BackupMethod =
  | 'backup.status'
  | 'backup.create'
  | 'backup.cancel'
  | 'backup.restore'
  | 'backup.setSchedule'
  | 'backup.clearSchedule'
  | 'backup.runScheduleNow'
  | 'backup.exportConversation';

export function backupHandlers(
  backup: () => BackupService,
  account: AccountService,
  dataDir: string,
): Pick<Handlers, BackupMethod> {
  return {
    'backup.status': () => backup().status(),
    'backup.create': async (p) => ({ jobId: await backup().create(p) }),
    'backup.cancel': ({ jobId }) => {
      backup().cancel(jobId);
      return {};
    },
    'backup.restore': (p) => ({ jobId: backup().restore(account, { ...p, dataDir }) }),
    'backup.setSchedule': (p) => backup().setSchedule(p),
    'backup.clearSchedule': () => {
      backup().clearSchedule();
      return {};
    },
    'backup.runScheduleNow': () => {
      backup().runScheduleNow();
      return {};
    },
    'backup.exportConversation': ({ conversationId, format, path }) =>
      backup().exportConversation(conversationId as ConversationId, format, path),
  };
}

/** A finished job as the bridge carries it: the error as a wire code (`internal` if it is none). */
export function finishedView(f: BackupFinished): z.input<(typeof backupEvents)['backup.finished']> {
  if (f.ok) return f;
  const code = isShallotError(f.error) ? wireCode(f.error) : undefined;
  return {
    jobId: f.jobId,
    kind: f.kind,
    ok: false,
    error: code
      ? { code, message: (f.error as Error).message.slice(0, 500) }
      : { code: 'internal', message: 'Something went wrong inside Shallot' },
  };
}

/**
 * The backup module, looked up when called (a test of the seams may run a core without it), with
 * its domain events carried to the bridge. The tests' low Argon2id cost serves backup keys as it
 * serves password wraps.
 */
export function wireBackup(
  modules: ModuleRegistry,
  domain: DomainEventBus,
  events: EventBus,
  kdfCost: Argon2idCost | undefined,
): () => BackupService {
  const backup = (): BackupService => modules.get(backupModule);
  if (kdfCost && modules.names().includes(backupModule.name)) backup().kdfCost = kdfCost;
  domain.on('backup.progress', (job) => events.emit('backup.progress', job));
  domain.on('backup.finished', (f) => events.emit('backup.finished', finishedView(f)));
  return backup;
}
