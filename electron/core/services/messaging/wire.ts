/**
 * The bytes of an outgoing one-to-one message, built ONCE when the send is accepted (protocol
 * reference §3.1): Content with sigTimestamp = the network time T → pad → sign + seal →
 * Envelope → WebSocketMessage, for the recipient's swarm and — for the kinds desktop syncs —
 * a sync copy sealed to ourselves for our own swarm (§3.1 step 8, §3.5). Both copies travel in
 * the outbox job's payload (and on the message row until it is sent), so every retry, even after
 * a crash or a final failure and a manual retry, stores the same bytes under the same hash.
 */
import { tryFromBase64, utf8 } from '../../crypto/bytes';
import type { SessionId } from '../../crypto/ids';
import type { Identity } from '../../crypto/identity';
import { encodeMessage, storageTtlMs, wrapOneToOne, type OutgoingMessage } from '../../protocol';

export type CopyRole = 'recipient' | 'sync';

export interface WireCopy {
  readonly role: CopyRole;
  readonly to: SessionId;
  readonly ttlMs: number;
  /** The WebSocketMessage bytes, base64 (what `store` sends as `data`). */
  readonly data: string;
}

export interface SendPayload {
  readonly v: 1;
  readonly sentAtMs: number;
  readonly copies: readonly WireCopy[];
  /**
   * A message with attachments: no copies yet. They are built (and kept on the row) once the
   * upload jobs the message waits for have given the pointers their URLs (attachment-hooks.ts).
   */
  readonly deferred?: true;
}

/** Which copies a kind gets (§3.5): Note to Self only the sync copy; receipts, typing… only the recipient's. */
function syncs(kind: OutgoingMessage['kind']): boolean {
  return kind === 'visible' || kind === 'reaction' || kind === 'expiration-timer-update' || kind === 'unsend';
}

function withSyncTarget(m: OutgoingMessage, target: SessionId): OutgoingMessage {
  if (m.kind === 'visible' || m.kind === 'reaction' || m.kind === 'expiration-timer-update') {
    return { ...m, syncTarget: target };
  }
  return m;
}

/**
 * The storage server refuses a TTL under 10 s (oxenss `TTL_MINIMUM`, §4.4). The 5-second timer
 * the official apps offer is kept locally by the expiry timer; the swarm copy lives 10 s.
 */
export const MIN_STORE_TTL_MS = 10_000;

function ttl(ms: number): number {
  return Math.max(MIN_STORE_TTL_MS, ms);
}

function seal(identity: Identity, to: SessionId, m: OutgoingMessage): string {
  return wrapOneToOne(identity, to, encodeMessage(m), m.sentAtMs);
}

/**
 * The copies of `message` for a conversation with `peer`. `only: 'sync'` sends just our own copy
 * (delete on all my devices). Throws MessageEncodeError (bad message) before anything is queued.
 */
export function buildCopies(
  identity: Identity,
  peer: SessionId,
  message: OutgoingMessage,
  opts: { only?: CopyRole } = {},
): SendPayload {
  const self = identity.sessionId;
  const copies: WireCopy[] = [];
  const noteToSelf = peer === self;
  if (!noteToSelf && opts.only !== 'sync') {
    copies.push({
      role: 'recipient',
      to: peer,
      ttlMs: ttl(storageTtlMs(message, 'recipient')),
      data: seal(identity, peer, message),
    });
  }
  if ((noteToSelf || syncs(message.kind)) && opts.only !== 'recipient') {
    const synced = withSyncTarget(message, peer);
    copies.push({
      role: 'sync',
      to: self,
      ttlMs: ttl(storageTtlMs(synced, 'own-swarm')),
      data: seal(identity, self, synced),
    });
  }
  return { v: 1, sentAtMs: message.sentAtMs, copies };
}

export function encodePayload(p: SendPayload): Uint8Array {
  return utf8(JSON.stringify(p));
}

function isCopy(c: unknown): c is WireCopy {
  if (typeof c !== 'object' || c === null) return false;
  const r = c as Record<string, unknown>;
  return (
    (r['role'] === 'recipient' || r['role'] === 'sync') &&
    typeof r['to'] === 'string' &&
    typeof r['ttlMs'] === 'number' &&
    typeof r['data'] === 'string'
  );
}

/** A payload written by `encodePayload`; undefined for anything else (a damaged or foreign job). */
export function decodePayload(bytes: Uint8Array | null): SendPayload | undefined {
  if (!bytes) return undefined;
  try {
    const v: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof v !== 'object' || v === null) return undefined;
    const r = v as Record<string, unknown>;
    if (r['v'] !== 1 || typeof r['sentAtMs'] !== 'number' || !Array.isArray(r['copies'])) return undefined;
    if (!r['copies'].every(isCopy)) return undefined;
    return v as SendPayload;
  } catch {
    return undefined;
  }
}

export function copyBytes(c: WireCopy): Uint8Array | undefined {
  return tryFromBase64(c.data);
}
