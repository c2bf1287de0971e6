import type { Logger } from '../log';
import { utf8 } from '../crypto/bytes';
import { NetworkError, isNetworkError } from './errors';
import { httpPost, OUTER_HEADERS } from './https-client';
import type { SeedNode } from './profile';
import { parseServiceNodeStates, type Snode } from './snode';

/** Protocol reference §5.1: the full active list (desktop deliberately passes no `limit`). */
const SEED_REQUEST = JSON.stringify({
  jsonrpc: '2.0',
  method: 'get_n_service_nodes',
  params: {
    active_only: true,
    fields: {
      public_ip: true,
      storage_port: true,
      pubkey_x25519: true,
      pubkey_ed25519: true,
      requested_unlock_height: true,
      height: true,
    },
  },
});

const MAX_SEED_REPLY = 8 * 1024 * 1024;

export interface SeedOptions {
  readonly timeoutMs: number;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly logger: Logger;
  readonly signal?: AbortSignal;
}

export async function fetchFromSeed(
  seed: SeedNode,
  opts: Pick<SeedOptions, 'timeoutMs' | 'signal'>,
): Promise<Snode[]> {
  const reply = await httpPost(`${seed.url}json_rpc`, utf8(SEED_REQUEST), {
    timeoutMs: opts.timeoutMs,
    maxReplyBytes: MAX_SEED_REPLY,
    headers: { ...OUTER_HEADERS, 'Content-Type': 'application/json' },
    pin: seed.certSha256 !== undefined || seed.spkiSha256 !== undefined ? seed : undefined,
    signal: opts.signal,
  });
  if (reply.status !== 200) {
    throw new NetworkError('seed', `The seed node answered HTTP ${reply.status}.`, {
      retryable: true,
      status: reply.status,
    });
  }
  if (!reply.contentType.toLowerCase().startsWith('application/json')) {
    throw new NetworkError('seed', 'The seed node did not answer with JSON.', { retryable: true });
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(reply.body).toString('utf8'));
  } catch (cause) {
    throw new NetworkError('bad-response', 'The seed node sent malformed JSON.', { cause });
  }
  const nodes = parseServiceNodeStates(json, 'seed');
  if (nodes.length === 0) throw new NetworkError('seed', 'The seed node returned no usable service nodes.');
  return nodes;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new NetworkError('closed'));
      return;
    }
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(new NetworkError('closed'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * All seeds at once, the first good answer wins; up to `attempts` rounds with exponential backoff.
 * A seed whose certificate fails its pin is never asked again, and if no seed succeeds the pin
 * failure is what the caller sees: it means interception or a wrong profile, never bad luck.
 */
export async function fetchFromSeeds(seeds: readonly SeedNode[], opts: SeedOptions): Promise<Snode[]> {
  let candidates = [...seeds];
  let pinFailure: NetworkError | undefined;
  let last: unknown;
  for (let attempt = 0; attempt < opts.attempts && candidates.length > 0; attempt++) {
    if (attempt > 0) await delay(opts.backoffMs * 2 ** (attempt - 1), opts.signal);
    const failedPins = new Set<SeedNode>();
    try {
      return await Promise.any(
        candidates.map((s) =>
          fetchFromSeed(s, opts).catch((e: unknown) => {
            if (isNetworkError(e, 'pin-mismatch')) failedPins.add(s);
            throw e;
          }),
        ),
      );
    } catch (e) {
      const errors = e instanceof AggregateError ? e.errors : [e];
      last = errors[errors.length - 1];
      for (const err of errors) if (isNetworkError(err, 'pin-mismatch')) pinFailure = err;
      if (errors.some((err) => isNetworkError(err, 'closed'))) throw new NetworkError('closed');
      candidates = candidates.filter((s) => !failedPins.has(s));
      opts.logger.warn('seed fetch failed', { attempt, seeds: candidates.length });
    }
  }
  if (pinFailure) throw pinFailure;
  throw new NetworkError('seed', undefined, { cause: last, retryable: true });
}
