/**
 * Onboarding, account, profile and app-lock methods. Secrets (seed, phrase, password) travel only
 * in the parameters or the direct result of a call that asked for them, never in an event; their
 * parameter names are listed in `secret`.
 */
import { z } from 'zod';
import { PHRASE_CODES } from '../errors/phrase';
import { STORE_OPEN, STORE_USE } from '../errors/store';

/** Slow calls: Argon2id runs once or twice (about half a second each on a desktop). */
const KDF_TIMEOUT_MS = 60_000;

export const VaultKind = z.enum(['keychain', 'password', 'keyfile', 'none']);

/** A Session ID as text: 05 and 64 hex digits. */
const SessionIdText = z.string().length(66);

export const AccountState = z.object({
  state: z.enum(['no-account', 'locked', 'ready']),
  sessionId: SessionIdText.optional(),
  /** Looser than DisplayName: a name restored from elsewhere must not make the state unreadable. */
  displayName: z.string().max(256).optional(),
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
  z.object({ valid: z.literal(true), form: PhraseForm, sessionId: SessionIdText }),
  z.object({
    valid: z.literal(false),
    code: z.enum(['word-count', 'unknown-word', 'checksum', 'invalid']),
    /** 1-based, for `unknown-word`. */
    position: z.number().int().positive().optional(),
    word: z.string().max(1024).optional(),
    /** How many words were given, for `word-count`. */
    count: z.number().int().nonnegative(),
  }),
]);

/** The vault's failures when a password is checked against it. */
const PASSWORD_CHECK = ['wrong-password', 'rate-limited', 'corrupt-vault', 'vault-io'] as const;

export const accountMethods = {
  'account.state': {
    params: z.strictObject({}),
    result: AccountState,
    errors: STORE_USE,
    whileLocked: true,
    passive: true,
  },
  'account.unlock': {
    params: z.strictObject({ password: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
    errors: [...PASSWORD_CHECK, 'store-missing', ...STORE_OPEN],
    whileLocked: true,
    secret: ['password'],
  },
  'account.lock': { params: z.strictObject({}), result: AccountState, errors: ['no-password'] },
  'account.revealPhrase': {
    params: z.strictObject({ password: Password.optional() }),
    result: z.object({ phrase: z.string().max(1024), bip39: z.string().max(1024) }),
    timeoutMs: KDF_TIMEOUT_MS,
    errors: ['password-required', 'no-account', ...PASSWORD_CHECK, ...STORE_USE],
    secret: ['password'],
  },
  /** The own Session ID as a QR code: a standalone SVG document (dark modules on white). */
  'account.qr': {
    params: z.strictObject({}),
    result: z.object({ svg: z.string().max(512 * 1024) }),
    errors: ['no-account'],
  },
  'onboarding.generate': {
    params: z.strictObject({}),
    result: z.object({ sessionId: SessionIdText, phrase: z.string().max(1024) }),
    errors: ['account-exists'],
  },
  'onboarding.validatePhrase': {
    params: z.strictObject({ phrase: PhraseInput }),
    result: PhraseCheck,
    errors: [],
    secret: ['phrase'],
  },
  'onboarding.complete': {
    params: z.discriminatedUnion('mode', [
      z.strictObject({
        mode: z.literal('create'),
        sessionId: z.string().length(66),
        displayName: DisplayName,
      }),
      // Restore takes the name from the network; one given here is used only if it has none.
      z.strictObject({
        mode: z.literal('restore'),
        phrase: PhraseInput,
        displayName: DisplayName.optional(),
      }),
    ]),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
    errors: [
      'account-exists',
      'no-pending-seed',
      'onboarding-mismatch',
      'key-missing',
      ...PHRASE_CODES,
      'keychain-unavailable',
      'vault-io',
      ...STORE_OPEN,
    ],
    secret: ['phrase'],
  },
  'profile.setDisplayName': {
    params: z.strictObject({ displayName: DisplayName }),
    result: AccountState,
    errors: ['no-account', ...STORE_USE],
  },
  'security.setPassword': {
    params: z.strictObject({ password: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
    errors: [
      'no-account',
      'password-set',
      'weak-password',
      'keychain-unavailable',
      'corrupt-vault',
      'vault-io',
    ],
    secret: ['password'],
  },
  'security.changePassword': {
    params: z.strictObject({ current: Password, next: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
    errors: ['no-account', 'no-password', 'weak-password', ...PASSWORD_CHECK],
    secret: ['current', 'next'],
  },
  'security.removePassword': {
    params: z.strictObject({ password: Password }),
    result: AccountState,
    timeoutMs: KDF_TIMEOUT_MS,
    errors: ['no-account', 'no-password', 'keychain-unavailable', ...PASSWORD_CHECK],
    secret: ['password'],
  },
} as const;

export const accountEvents = {
  /** Any change of lock state, account or display name; carries no secret. */
  'account.changed': AccountState,
} as const;
