import { ShallotError } from '../errors';

/**
 * Branded identifiers. A `SessionId` is `05` + 64 hex chars of an X25519 public key; a `GroupId` is
 * `03` + 64 hex chars of a group's Ed25519 public key (protocol reference §2). Lower-case only, so
 * two spellings of one ID never become two conversations.
 */
export type SessionId = string & { readonly __brand: 'SessionId' };
export type GroupId = string & { readonly __brand: 'GroupId' };

export type IdErrorCode = 'id-length' | 'id-hex' | 'id-prefix';

export class IdError extends ShallotError<IdErrorCode> {}

const BODY_RE = /^[0-9a-f]{64}$/;

function check(raw: string, prefix: '05' | '03', what: string): string {
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
  return raw.length === 66 && raw.startsWith('05') && BODY_RE.test(raw.slice(2));
}

/** The 32 key bytes behind an ID (the prefix byte removed). */
export function idKeyBytes(id: SessionId | GroupId): Uint8Array {
  return new Uint8Array(Buffer.from(id.slice(2), 'hex'));
}
