/**
 * The first fetch after restoring a phrase into an empty data folder: one whole round of the own
 * swarm (configs merged and projected first, then the messages — every `more` page), before the
 * main screen shows, so that the name, contacts, pinned and hidden chats, read positions and group
 * memberships are there when it does. Progress goes out as `sync.progress`. When the network does
 * not answer within the timeout, the account opens as it is and the poller carries on: what it
 * fetches later is merged then.
 */
import { errorCode } from '../../errors';
import { isNetworkError } from '../../network';
import type { SyncPhase } from './events';
import type { SyncContext } from './sync-context';

/** How long onboarding waits for the configs before opening the account without them. */
export const RESTORE_TIMEOUT_MS = 30_000;
/** Between attempts when a round failed (the poller itself retries on its own cadence too). */
const RETRY_MS = 500;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}

export async function fetchForRestore(
  ctx: SyncContext,
  progress: (phase: SyncPhase) => void,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<SyncPhase> {
  const { session } = ctx;
  if (!session.network.enabled) {
    progress('offline');
    return 'offline';
  }
  const timeout = AbortSignal.timeout(timeoutMs);
  const wait = AbortSignal.any([signal, timeout, session.signal]);
  progress('connecting');
  try {
    await session.network.whenOpen(wait);
    progress('fetching');
    for (;;) {
      try {
        await ctx.ownSwarm.pollOnce(wait);
        break;
      } catch (e) {
        if (wait.aborted || !isNetworkError(e)) throw e;
        session.logger.info('restore fetch round failed; trying again', { code: errorCode(e) });
        await pause(RETRY_MS, wait);
      }
    }
  } catch (e) {
    if (!wait.aborted) session.logger.warn('restore fetch failed', { code: errorCode(e) });
    progress('timed-out');
    return 'timed-out';
  }
  progress('done');
  return 'done';
}
