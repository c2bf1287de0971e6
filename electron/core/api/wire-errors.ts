/**
 * Maps the core's typed errors to the bridge's declared codes. Each layer keeps its own words
 * (`StoreError('locked')` means "another process holds the file" to the store); on the wire every
 * code is distinct, so a busy database is never read as a locked app. Adding a code to a core error
 * type fails typecheck here until it is mapped.
 */
import { isErrorCode, type ErrorCode } from '../../bridge/errors';
import { PhraseError, type PhraseErrorCode } from '../crypto/phrase-error';
import type { ShallotError } from '../errors';
import { NetworkError, type NetworkErrorCode } from '../network/errors';
import { AccountError, type AccountErrorCode } from '../services/account/account-error';
import { StoreError, VaultError, type StoreErrorCode, type VaultErrorCode } from '../store/errors';

const ACCOUNT: Record<AccountErrorCode, ErrorCode> = {
  'no-account': 'no-account',
  'account-exists': 'account-exists',
  'no-pending-seed': 'no-pending-seed',
  'onboarding-mismatch': 'onboarding-mismatch',
  // The account service says "locked" only when the app is: the transport's meaning.
  locked: 'locked',
  'password-required': 'password-required',
  'no-password': 'no-password',
  'password-set': 'password-set',
  'rate-limited': 'rate-limited',
  'store-missing': 'store-missing',
  'key-missing': 'key-missing',
};

const VAULT: Record<VaultErrorCode, ErrorCode> = {
  'wrong-password': 'wrong-password',
  'no-vault': 'no-vault',
  'vault-exists': 'vault-exists',
  'corrupt-vault': 'corrupt-vault',
  'keychain-unavailable': 'keychain-unavailable',
  'weak-password': 'weak-password',
  'wrong-kind': 'vault-wrong-kind',
  io: 'vault-io',
};

/** Programming errors of the store are nothing a user can act on: `internal`, logged. */
const STORE: Record<StoreErrorCode, ErrorCode> = {
  'wrong-key': 'db-wrong-key',
  corrupt: 'db-corrupt',
  'newer-schema': 'db-newer-schema',
  locked: 'db-busy',
  io: 'db-io',
  closed: 'db-closed',
  'migration-failed': 'db-migration-failed',
  'not-found': 'internal',
  constraint: 'internal',
  'illegal-transition': 'internal',
  invalid: 'internal',
};

const PHRASE: Record<PhraseErrorCode, ErrorCode> = {
  'word-count': 'phrase-word-count',
  'unknown-word': 'phrase-unknown-word',
  checksum: 'phrase-checksum',
  invalid: 'phrase-invalid',
};

const NETWORK: Record<NetworkErrorCode, ErrorCode> = {
  timeout: 'network-timeout',
  unreachable: 'network-unreachable',
  'clock-out-of-sync': 'network-clock-out-of-sync',
  unauthorized: 'network-unauthorized',
  'wrong-swarm': 'network-wrong-swarm',
  'bad-response': 'network-bad-response',
  'pin-mismatch': 'network-pin-mismatch',
  path: 'network-path',
  'not-found': 'network-not-found',
  rejected: 'network-rejected',
  'too-large': 'network-too-large',
  pool: 'network-pool',
  seed: 'network-seed',
  closed: 'network-closed',
};

function lookup<C extends string>(table: Record<C, ErrorCode>, code: C): ErrorCode | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/**
 * The wire code of a core error. Error types with a table above are mapped through it; any other
 * ShallotError keeps its code if that is a bridge code at all (new domains declare theirs in
 * electron/bridge/errors/ under names no other domain uses). The result is only a candidate: the
 * dispatcher still checks that the method declares it, and answers `internal` otherwise.
 */
export function wireCode(e: ShallotError): ErrorCode | undefined {
  if (e instanceof AccountError) return lookup(ACCOUNT, e.code);
  if (e instanceof VaultError) return lookup(VAULT, e.code);
  if (e instanceof StoreError) return lookup(STORE, e.code);
  if (e instanceof PhraseError) return lookup(PHRASE, e.code);
  if (e instanceof NetworkError) return lookup(NETWORK, e.code);
  return isErrorCode(e.code) ? e.code : undefined;
}
