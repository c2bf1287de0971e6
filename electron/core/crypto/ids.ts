import { ShallotError } from '../errors';

/**
 * Branded identifiers. A `SessionId` is `05` + 64 hex chars of an X25519 public key; a `GroupId` is
 * `03` + 64 hex chars of a group's Ed25519 public key (protocol reference §2). Lower-case only, so
 * two spellings of one ID never become two conversations.
 */
export type SessionId = string & { readonly __brand: 'SessionId' };
export type GroupId = string & { readonly __brand: 'GroupId' };

export type IdErrorCode = 'id-length' | 'id-hex' | 'id-prefix' | 'input';

export class IdError extends ShallotError<IdErrorCode> {}

const BODY_RE = /^[0-9a-f]{64}$/;

function check(raw: string, prefix: '05' | '03', what: string): string {
  if (typeof raw !== 'string') throw new IdError('input', `A ${what} is given as text.`);
  const id = raw.trim().toLowerCase();
  if (id.length !== 66) {
    throw new IdError('id-length', `A ${what} is 66 characters long; this one has ${id.length}.`);
  }
  if (!id.startsWith(prefix)) {
    throw new IdError('id-prefix', `A ${what} starts with ${prefix}.`);
  }
  if (!BODY_RE.test(id.slice(2))) {
    throw new IdError('id-hex', `A ${what} contains only the characters 0-9 and a-f.`);
  }
  return id;
}

export function parseSessionId(raw: string): SessionId {
  return check(raw, '05', 'Session ID') as SessionId;
}

export function parseGroupId(raw: string): GroupId {
  return check(raw, '03', 'group ID') as GroupId;
}

export function isSessionId(raw: string): raw is SessionId {
  return typeof raw === 'string' && raw.length === 66 && raw.startsWith('05') && BODY_RE.test(raw.slice(2));
}

/** The 32 key bytes behind an ID (the prefix byte removed). */
export function idKeyBytes(id: SessionId | GroupId): Uint8Array {
  return new Uint8Array(Buffer.from(id.slice(2), 'hex'));
}

/**
 * The recipient X25519 key of a one-to-one message, given the way libsession accepts it: a `05…`
 * Session ID as 66 hex characters, the same 33 bytes raw, or the bare 32-byte key. Throws IdError.
 */
export function recipientX25519Key(recipient: string | Uint8Array): Uint8Array {
  if (typeof recipient === 'string') return idKeyBytes(parseSessionId(recipient));
  if (!(recipient instanceof Uint8Array)) {
    throw new IdError('input', 'A recipient is a Session ID (text) or its 33 or 32 key bytes.');
  }
  if (recipient.length === 32) return recipient.slice();
  if (recipient.length !== 33) {
    throw new IdError('id-length', `A recipient key is 33 bytes (or 32); this one has ${recipient.length}.`);
  }
  if (recipient[0] !== 0x05) throw new IdError('id-prefix', 'A Session ID starts with the byte 05.');
  return recipient.slice(1);
}
