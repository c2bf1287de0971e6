/**
 * Encrypted backups (issue 15): a backup of the whole account to a file, automatic backups to a
 * folder, a restore of a backup into an empty data folder (onboarding), and a conversation export.
 * Backups and restores run as jobs: the call answers with the job's id at once, `backup.progress`
 * and `backup.finished` follow. Passphrases and phrases travel only in parameters (`secret`).
 */
import { z } from 'zod';
import type { MethodSpec } from '../contract';
import { PHRASE_CODES } from '../errors/phrase';
import { STORE_USE } from '../errors/store';
import { ConversationId, Time } from './conversations';

/** Argon2id runs once when a schedule is set (about a second). */
const KDF_TIMEOUT_MS = 60_000;
/** A long conversation with its images inlined takes a while. */
const CONVERSATION_EXPORT_TIMEOUT_MS = 300_000;

/** An absolute path on the machine the core runs on. */
const Path = z.string().min(1).max(4_096);
/** Only a transport bound: the core checks the length rule (`backup-weak-passphrase`). */
const Passphrase = z.string().min(1).max(4_096);
const JobId = z
  .string()
  .length(16)
  .regex(/^[0-9a-f]{16}$/);

export const BackupJob = z.object({
  jobId: JobId,
  /** `scheduled`: an automatic backup; `restore`: onboarding from a backup file. */
  kind: z.enum(['export', 'scheduled', 'restore']),
  /** `verify`: the written file is being read back before it replaces the target. */
  phase: z.enum(['export', 'verify', 'restore']),
  fraction: z.number().min(0).max(1),
});

export const BackupScheduleView = z.object({
  folder: Path,
  intervalHours: z.number().int().min(1).max(8_760),
  keep: z.number().int().min(1).max(100),
  lastRunAt: Time.nullable(),
  lastFile: Path.nullable(),
  /** The last run's error code (a backup code), null after a good run. */
  lastError: z.string().max(64).nullable(),
  nextRunAt: Time,
});

const Started = z.object({ jobId: JobId });
const Empty = z.strictObject({});

export const backupMethods = {
  'backup.status': {
    params: Empty,
    result: z.object({
      job: BackupJob.nullable(),
      schedule: BackupScheduleView.nullable(),
      /** Where the app suggests saving backups (the user's Documents folder, else home). */
      defaultFolder: Path,
    }),
    errors: STORE_USE,
    passive: true,
  },
  'backup.create': {
    params: z.strictObject({ path: Path, passphrase: Passphrase }),
    result: Started,
    errors: ['no-account', 'backup-weak-passphrase', 'backup-path-invalid', 'backup-busy'],
    secret: ['passphrase'],
  },
  'backup.cancel': {
    params: z.strictObject({ jobId: JobId }),
    result: z.object({}),
    errors: ['backup-not-found'],
  },
  'backup.restore': {
    params: z.strictObject({ file: Path, phrase: z.string().max(1_024), passphrase: Passphrase }),
    result: Started,
    errors: ['account-exists', 'backup-busy', 'backup-path-invalid', ...PHRASE_CODES],
    secret: ['phrase', 'passphrase'],
  },
  'backup.setSchedule': {
    params: z.strictObject({
      folder: Path,
      intervalHours: z.number().int().min(1).max(8_760),
      keep: z.number().int().min(1).max(100),
      passphrase: Passphrase,
    }),
    result: BackupScheduleView,
    timeoutMs: KDF_TIMEOUT_MS,
    errors: ['no-account', 'backup-weak-passphrase', 'backup-path-invalid', ...STORE_USE],
    secret: ['passphrase'],
  },
  'backup.runScheduleNow': {
    params: Empty,
    result: z.object({}),
    errors: ['no-account', 'backup-path-invalid', 'backup-busy'],
  },
  'backup.clearSchedule': { params: Empty, result: z.object({}), errors: ['no-account', ...STORE_USE] },
  'backup.exportConversation': {
    params: z.strictObject({ conversationId: ConversationId, format: z.enum(['html', 'json']), path: Path }),
    result: z.object({
      path: Path,
      bytes: z.number().int().nonnegative(),
      messages: z.number().int().nonnegative(),
    }),
    timeoutMs: CONVERSATION_EXPORT_TIMEOUT_MS,
    errors: ['no-account', 'conversation-not-found', 'backup-path-invalid', 'backup-io', ...STORE_USE],
  },
} as const satisfies Record<string, MethodSpec>;

export const backupEvents = {
  'backup.progress': BackupJob,
  'backup.finished': z.discriminatedUnion('ok', [
    z.object({
      jobId: JobId,
      kind: BackupJob.shape.kind,
      ok: z.literal(true),
      /** The backup file written (exports); absent for a restore. */
      file: Path.optional(),
      bytes: z.number().int().nonnegative().optional(),
      createdAt: Time.optional(),
    }),
    z.object({
      jobId: JobId,
      kind: BackupJob.shape.kind,
      ok: z.literal(false),
      /** A declared error code (backup, phrase, account or store domain), worded by the locale file. */
      error: z.object({ code: z.string().max(64), message: z.string().max(500) }),
    }),
  ]),
} as const satisfies Record<string, z.ZodType>;
