import { ShallotError } from '../errors';

export type PhraseErrorCode = 'word-count' | 'unknown-word' | 'checksum' | 'invalid';

/**
 * A recovery phrase that cannot be decoded. Words are secret material, so the message never
 * quotes them; `word` carries the offending word for a UI that shows it back to its own user only.
 */
export class PhraseError extends ShallotError<PhraseErrorCode> {
  /** 1-based position of the offending word, for `unknown-word`. */
  readonly position: number | undefined;
  /** The offending word as typed (normalised), for `unknown-word`. */
  readonly word: string | undefined;

  constructor(code: PhraseErrorCode, message: string, detail?: { position: number; word: string }) {
    super(code, message);
    this.position = detail?.position;
    this.word = detail?.word;
  }
}
