/**
 * Encrypted backups of the whole account (issue 15): exports by hand and on a schedule, restores
 * into an empty data folder, and conversation exports. A module: exports need the open account;
 * a restore runs before there is one (through the account service, under its onboarding marker).
 * Work runs as jobs (jobs.ts); the file format is docs/BACKUP-FORMAT.md.
 */
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { Argon2idCost } from '../../crypto/argon2id';
import type { Logger } from '../../log';
import { decodePhrase } from '../../protocol';
import type { ConversationId } from '../../store';
import type { AccountService } from '../account/account-service';
import { AccountError } from '../account/account-error';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleContext, ModuleDefinition } from '../session/module';
import { BackupError } from './backup-error';
import {
  exportConversation,
  type AttachmentReader,
  type ConversationExportFormat,
  type ConversationExportResult,
} from './conversation-export';
import { checkTargetPath, exportBackup } from './export';
import {
  checkPassphrase,
  DEFAULT_BACKUP_COST,
  newBackupKeys,
  zeroKeys,
  type BackupKeys,
} from './format/prelude';
import { BackupJobs, type BackupDone, type BackupJobView, type JobContext } from './jobs';
import { installBackup } from './restore';
import { BackupScheduler, type ScheduleInput, type ScheduleView } from './schedule';

export interface BackupStatus {
  readonly job: BackupJobView | null;
  readonly schedule: ScheduleView | null;
  /** Where the app suggests saving backups. */
  readonly defaultFolder: string;
}

export interface RestoreInput {
  readonly dataDir: string;
  readonly file: string;
  readonly phrase: string;
  readonly passphrase: string;
}

export function defaultBackupFolder(): string {
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? documents : homedir();
}

export class BackupService implements Module {
  readonly name = 'backup';
  readonly jobs: BackupJobs;
  private readonly scheduler: BackupScheduler;
  private readonly log: Logger;
  private session: AccountSession | undefined;
  /** Argon2id cost of new backup keys (tests lower it). */
  kdfCost: Argon2idCost = DEFAULT_BACKUP_COST;
  /** Reads an attachment's plaintext for conversation exports (the attachments module sets it). */
  attachmentReader: AttachmentReader | undefined;

  constructor(ctx: Pick<ModuleContext, 'events' | 'logger' | 'timers'>) {
    this.log = ctx.logger.child('backup');
    this.jobs = new BackupJobs(ctx.events, this.log);
    this.scheduler = new BackupScheduler({
      timers: ctx.timers,
      log: this.log,
      run: (keys, path, onDone) => {
        this.jobs.start('scheduled', 'export', async (job) => {
          try {
            const done = await this.exportWith(keys, path, job);
            onDone({ file: path });
            return done;
          } catch (e) {
            onDone({ error: e instanceof BackupError ? e.code : 'backup-io' });
            throw e;
          }
        });
      },
    });
  }

  start(session: AccountSession): void {
    this.session = session;
    this.scheduler.start(session.store, session.identity.sessionId);
  }

  async stop(): Promise<void> {
    this.scheduler.stop();
    // The store closes after this: an export running on it ends first (its partial file removed).
    await this.jobs.stop(['export', 'scheduled']);
    this.session = undefined;
  }

  status(): BackupStatus {
    return {
      job: this.jobs.current() ?? null,
      schedule: this.session ? (this.scheduler.view() ?? null) : null,
      defaultFolder: defaultBackupFolder(),
    };
  }

  /** Starts a backup of the open account into `path`; answers with the job's id. */
  async create(input: { path: string; passphrase: string }): Promise<string> {
    const session = this.requireSession();
    checkPassphrase(input.passphrase);
    await checkTargetPath(input.path);
    return this.jobs.start('export', 'export', async (job) => {
      const keys = await newBackupKeys(input.passphrase, this.kdfCost);
      try {
        job.signal.throwIfAborted();
        return await this.exportWith(keys, input.path, job, session);
      } finally {
        zeroKeys(keys);
      }
    });
  }

  /** Starts a restore of the phrase's account from a backup file into the empty data folder. */
  restore(account: AccountService, input: RestoreInput): string {
    // A bad phrase answers at once with its own typed error (PhraseError), before any job.
    decodePhrase(input.phrase).seed.fill(0);
    if (account.view().state !== 'no-account') {
      throw new AccountError('account-exists', 'This data folder already holds an account.');
    }
    if (!isAbsolute(input.file))
      throw new BackupError('backup-path-invalid', 'Name the backup file by its absolute path.');
    return this.jobs.start('restore', 'restore', async (job) => {
      await account.restoreFrom(
        input.phrase,
        (seed, key) =>
          installBackup(
            { ...input, signal: job.signal, onProgress: job.progress, logger: this.log },
            seed,
            key,
          ).then(() => undefined),
        job.signal,
      );
      return {};
    });
  }

  cancel(jobId: string): void {
    this.jobs.cancel(jobId);
  }

  setSchedule(input: ScheduleInput): Promise<ScheduleView> {
    this.requireSession();
    return this.scheduler.set(input, this.kdfCost);
  }

  clearSchedule(): void {
    this.requireSession();
    this.scheduler.clear();
  }

  runScheduleNow(): void {
    this.requireSession();
    if (!this.scheduler.view()) throw new BackupError('backup-path-invalid', 'No automatic backup is set.');
    this.scheduler.runNow();
  }

  exportConversation(
    conversationId: ConversationId,
    format: ConversationExportFormat,
    path: string,
  ): Promise<ConversationExportResult> {
    const session = this.requireSession();
    return exportConversation({
      store: session.store,
      self: session.identity.sessionId,
      conversationId,
      format,
      path,
      ...(this.attachmentReader ? { attachments: this.attachmentReader } : {}),
    });
  }

  private async exportWith(
    keys: BackupKeys,
    path: string,
    job: JobContext,
    session = this.requireSession(),
  ): Promise<BackupDone> {
    const r = await exportBackup({
      store: session.store,
      dataDir: dirname(session.store.path),
      sessionId: session.identity.sessionId,
      keys,
      path,
      signal: job.signal,
      onProgress: job.progress,
    });
    return { file: r.path, bytes: r.bytes, createdAt: r.createdAt };
  }

  private requireSession(): AccountSession {
    if (!this.session) throw new AccountError('no-account', 'Backups need an open account.');
    return this.session;
  }
}

export const backupModule: ModuleDefinition<BackupService> = {
  name: 'backup',
  create: (ctx) => new BackupService(ctx),
};
