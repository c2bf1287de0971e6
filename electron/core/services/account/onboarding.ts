/**
 * Onboarding's seeds. `generate` makes a fresh seed per call and keeps each one under the Session
 * ID it yields, so `complete` must name which generated account it confirms: two windows or tabs
 * generating at once each complete their own (before, the second generation silently replaced the
 * first, and the first user wrote down a phrase that was never used). A name that is not pending
 * is refused with `onboarding-mismatch`.
 */
import { randomBytes } from 'node:crypto';
import type { SessionId } from '../../crypto/ids';
import {
  decodePhrase,
  identityFromSeed,
  PhraseError,
  phraseFromSeed,
  type PhraseErrorCode,
  type PhraseForm,
} from '../../protocol';
import { AccountError } from './account-error';

export const SEED_BYTES = 16;
/** Generations kept at once; the oldest is forgotten (and zeroed) beyond this. */
const MAX_PENDING = 8;

export type PhraseCheck =
  | { valid: true; form: PhraseForm; sessionId: string }
  | { valid: false; code: PhraseErrorCode; position?: number; word?: string; count: number };

export type CompleteInput =
  | { mode: 'create'; sessionId: string; displayName: string }
  | { mode: 'restore'; phrase: string; displayName?: string };

export class PendingSeeds {
  private readonly pending = new Map<string, Uint8Array>();

  /** A fresh seed, kept until completed or forgotten; returns its Session ID and phrase. */
  generate(): { sessionId: SessionId; phrase: string } {
    const seed = new Uint8Array(randomBytes(SEED_BYTES));
    const sessionId = identityFromSeed(seed).sessionId;
    this.pending.set(sessionId, seed);
    if (this.pending.size > MAX_PENDING) this.drop(this.pending.keys().next().value!);
    return { sessionId, phrase: phraseFromSeed(seed) };
  }

  /**
   * A copy of the seed `input` names (the caller zeroes it): the pending generation for `create`,
   * the decoded phrase for `restore`. The original stays, so a failed attempt can be retried with
   * the phrase the user already checked.
   */
  seedFor(input: CompleteInput): Uint8Array {
    if (input.mode === 'restore') return decodePhrase(input.phrase).seed;
    const seed = this.pending.get(input.sessionId);
    if (!seed) {
      throw this.pending.size === 0
        ? new AccountError('no-pending-seed', 'Generate a new account before completing it.')
        : new AccountError(
            'onboarding-mismatch',
            'That is not the account generated here: start the new account again.',
          );
    }
    return seed.slice();
  }

  /** Forgets (and zeroes) every generation: one account was made, the others can never be. */
  clear(): void {
    for (const k of [...this.pending.keys()]) this.drop(k);
  }

  private drop(sessionId: string): void {
    this.pending.get(sessionId)?.fill(0);
    this.pending.delete(sessionId);
  }
}

export function validatePhrase(phrase: string): PhraseCheck {
  try {
    const { seed, form } = decodePhrase(phrase);
    const sessionId = identityFromSeed(seed).sessionId;
    seed.fill(0);
    return { valid: true, form, sessionId };
  } catch (e) {
    if (!(e instanceof PhraseError)) throw e;
    return {
      valid: false,
      code: e.code,
      ...(e.position !== undefined ? { position: e.position } : {}),
      ...(e.word !== undefined ? { word: e.word } : {}),
      count: countWords(phrase),
    };
  }
}

function countWords(phrase: string): number {
  const trimmed = phrase.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}
