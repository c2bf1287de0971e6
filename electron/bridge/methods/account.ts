/**
 * Onboarding, account, profile and app-lock methods. Secrets (seed, phrase, password) travel only
 * in the parameters or the direct result of a call that asked for them, never in an event.
 */
import { z } from 'zod';

/** Slow calls: Argon2id runs once or twice (about half a second each on a desktop). */
const KDF_TIMEOUT_MS = 60_000;

export const VaultKind = z.enum(['keychain', 'password', 'keyfile', 'none']);

export const AccountState = z.object({
  state: z.enum(['no-account', 'locked', 'ready']),
  sessionId: z.string().optional(),
  displayName: z.string().optional(),
  vault: VaultKind,
  /** While unlock attempts are rate-limited: seconds until the next attempt is accepted. */
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});

export const DisplayName = z.string().trim().min(1).max(64);
/** A phrase as typed: generous, since the core reports what is wrong with it word by word. */
const PhraseInput = z.string().max(1024);
/**
 * Only a transport bound: the strength rule (length in NFC code points) is the vault's, reported as
 * `weak-password`. 4096 UTF-16 units leaves room for its 1024-code-point maximum in any script.
 */
const Password = z.string().min(1).max(4096);

export const PhraseForm = z.enum(['session', 'bip39']);

export const PhraseCheck = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), form: PhraseForm, sessionId: z.string() }),
  z.object({
    valid: z.literal(false),
    code: z.enum(['word-count', 'unknown-word', 'checksum', 'invalid']),
    /** 1-based, for `unknown-word`. */
    position: z.number().int().positive().optional(),
    word: z.string().optional(),
    /** How many words were given, for `word-count`. */
    count: z.number().int().nonnegative(),
  }),
]);

export const accountMethods = {
  'account.state': { params: z.strictObject({}), result: AccountState },
  'account.unlock': {
    params: z.strictObject({ password: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
  },
  'account.lock': { params: z.strictObject({}), result: AccountState },
  'account.revealPhrase': {
    params: z.strictObject({ password: Password.optional() }),
    result: z.object({ phrase: z.string(), bip39: z.string() }),
    timeoutMs: KDF_TIMEOUT_MS,
  },
  /** The own Session ID as a QR code: a standalone SVG document (dark modules on white). */
  'account.qr': { params: z.strictObject({}), result: z.object({ svg: z.string() }) },
  'onboarding.generate': {
    params: z.strictObject({}),
    result: z.object({ sessionId: z.string(), phrase: z.string() }),
  },
  'onboarding.validatePhrase': { params: z.strictObject({ phrase: PhraseInput }), result: PhraseCheck },
  'onboarding.complete': {
    params: z.discriminatedUnion('mode', [
      z.strictObject({
        mode: z.literal('create'),
        sessionId: z.string().length(66),
        displayName: DisplayName,
      }),
      z.strictObject({ mode: z.literal('restore'), phrase: PhraseInput, displayName: DisplayName }),
    ]),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
  },
  'profile.setDisplayName': { params: z.strictObject({ displayName: DisplayName }), result: AccountState },
  'security.setPassword': {
    params: z.strictObject({ password: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
  },
  'security.changePassword': {
    params: z.strictObject({ current: Password, next: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
  },
  'security.removePassword': {
    params: z.strictObject({ password: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
  },
} as const;

export const accountEvents = {
  /** Any change of lock state, account or display name; carries no secret. */
  'account.changed': AccountState,
} as const;
