import { ShallotError } from '../errors';

/**
 * Every failure the network layer reports. The UI switches on `code`; `message` is an English
 * sentence for logs. `retryable` tells the retry loops whether another node or path may succeed.
 */
export type NetworkErrorCode =
  | 'timeout'
  | 'unreachable'
  | 'clock-out-of-sync'
  | 'unauthorized'
  | 'wrong-swarm'
  | 'bad-response'
  | 'pin-mismatch'
  | 'path'
  | 'not-found'
  | 'rejected'
  | 'too-large'
  | 'pool'
  | 'seed'
  | 'closed';

const DEFAULT_MESSAGES: Record<NetworkErrorCode, string> = {
  timeout: 'The network did not answer in time.',
  unreachable: 'The Session network cannot be reached. Check the internet connection.',
  'clock-out-of-sync': "The service nodes rejected the request's time. Check this computer's clock.",
  unauthorized: 'The service node rejected the request signature.',
  'wrong-swarm': 'The service node does not hold this account any more.',
  'bad-response': 'The network sent a reply this client cannot read.',
  'pin-mismatch': 'The seed node presented a certificate that does not match its pin.',
  path: 'The onion path failed.',
  'not-found': 'The requested item does not exist.',
  rejected: 'The server rejected the request.',
  'too-large': 'The request or reply is larger than allowed.',
  pool: 'Not enough service nodes are known to build onion paths.',
  seed: 'No seed node returned a usable service node list.',
  closed: 'The network connection was closed.',
};

export class NetworkError extends ShallotError<NetworkErrorCode> {
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor(
    code: NetworkErrorCode,
    message?: string,
    options?: { cause?: unknown; retryable?: boolean; status?: number },
  ) {
    super(code, message ?? DEFAULT_MESSAGES[code], options);
    this.retryable =
      options?.retryable ??
      (code === 'timeout' ||
        code === 'unreachable' ||
        code === 'path' ||
        code === 'bad-response' ||
        code === 'wrong-swarm');
    this.status = options?.status;
  }
}

export function isNetworkError(e: unknown, code?: NetworkErrorCode): e is NetworkError {
  return e instanceof NetworkError && (code === undefined || e.code === code);
}

/** Wraps anything thrown below us into a NetworkError without losing the cause. */
export function asNetworkError(e: unknown, fallback: NetworkErrorCode = 'bad-response'): NetworkError {
  if (e instanceof NetworkError) return e;
  return new NetworkError(fallback, undefined, { cause: e });
}
