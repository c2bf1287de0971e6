import { NetworkError } from './errors';
import type { SnodeReply } from './onion-request';

/** One subrequest of a `batch`/`sequence` (protocol reference §4.1). */
export interface SubRequest {
  readonly method: string;
  readonly params: Record<string, unknown>;
}

export interface SubResult {
  readonly code: number;
  readonly body: unknown;
}

export const MAX_SUBREQUESTS = 20;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The statuses §4.5 gives a meaning, as typed errors; undefined for anything else. */
export function statusError(status: number, text: string): NetworkError | undefined {
  if (status === 406 || status === 425) {
    return new NetworkError('clock-out-of-sync', undefined, { status, retryable: false });
  }
  if (status === 401) return new NetworkError('unauthorized', undefined, { status, retryable: false });
  if (status === 421) return new NetworkError('wrong-swarm', undefined, { status, retryable: true });
  if (text.includes('Oxen Server error')) {
    return new NetworkError('rejected', 'The service node reported an internal error.', {
      status,
      retryable: false,
    });
  }
  return undefined;
}

/** `{"results":[{code, body}…]}`, one per subrequest, same order. */
export function parseBatchResults(reply: SnodeReply, expected: number): SubResult[] {
  const results = isRecord(reply.body) ? reply.body['results'] : undefined;
  if (!Array.isArray(results) || results.length > expected || results.length === 0) {
    throw new NetworkError('bad-response', 'The batch reply has no usable results list.');
  }
  return results.map((r) => {
    if (!isRecord(r) || typeof r['code'] !== 'number') {
      throw new NetworkError('bad-response', 'A batch result has no status code.');
    }
    return { code: r['code'], body: r['body'] };
  });
}

export interface RetrievedMessage {
  readonly hash: string;
  readonly data: Uint8Array;
  readonly timestampMs: number;
  readonly expiresMs: number;
}

const MAX_MESSAGES_PER_REPLY = 10_000;
const B64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

export function parseRetrieveBody(body: unknown): { messages: RetrievedMessage[]; more: boolean } {
  if (!isRecord(body) || !Array.isArray(body['messages'])) {
    throw new NetworkError('bad-response', 'The retrieve reply has no messages list.');
  }
  const list = body['messages'];
  if (list.length > MAX_MESSAGES_PER_REPLY)
    throw new NetworkError('bad-response', 'The retrieve reply is too long.');
  const messages: RetrievedMessage[] = [];
  for (const m of list) {
    if (!isRecord(m)) throw new NetworkError('bad-response', 'A retrieved message is not an object.');
    const { hash, data, timestamp, expiration } = m;
    if (typeof hash !== 'string' || hash.length === 0 || hash.length > 128) {
      throw new NetworkError('bad-response', 'A retrieved message has no valid hash.');
    }
    if (typeof data !== 'string' || !B64_RE.test(data)) {
      throw new NetworkError('bad-response', 'A retrieved message has no base64 data.');
    }
    messages.push({
      hash,
      data: new Uint8Array(Buffer.from(data, 'base64')),
      timestampMs: typeof timestamp === 'number' ? timestamp : 0,
      expiresMs: typeof expiration === 'number' ? expiration : 0,
    });
  }
  return { messages, more: body['more'] === true };
}
