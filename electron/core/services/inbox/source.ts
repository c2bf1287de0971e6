/**
 * Feeds one swarm's messages into an inbox consumer for as long as the session (or the caller)
 * wants: the poller starts when the network opens — at once if it is open, later if the account
 * opened offline — and stops with `stop()` or the session.
 */
import { NetworkError, type PollBatch, type PollTarget, type SwarmPoller } from '../../network';
import type { WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';

export interface InboxSource {
  /** Polls at once instead of at the next tick (a no-op until the network opened). */
  pollNow(): void;
  /** One whole round now, once the network is open; rejects when it fails or `signal` aborts. */
  pollOnce(signal: AbortSignal): Promise<void>;
  stop(): Promise<void>;
}

export function pollInto(
  session: AccountSession,
  target: PollTarget,
  consumer: (batch: PollBatch<WriteDb>) => Promise<void>,
  opts: { intervalMs?: number | (() => number) } = {},
): InboxSource {
  const stopper = new AbortController();
  const signal = AbortSignal.any([stopper.signal, session.signal]);
  let poller: SwarmPoller<WriteDb> | undefined;
  const started = session.network.whenOpen(signal).then(
    (net) => {
      if (signal.aborted) return;
      poller = net.createPoller(target, {
        consumer,
        ...(opts.intervalMs !== undefined ? { intervalMs: opts.intervalMs } : {}),
      });
      poller.start();
    },
    () => undefined,
  );
  return {
    pollNow: () => poller?.pollNow(),
    async pollOnce(wait) {
      await session.network.whenOpen(AbortSignal.any([wait, signal]));
      await started;
      if (!poller) throw new NetworkError('closed');
      const stopped = new Promise<never>((_, reject) => {
        const fail = (): void => reject(new NetworkError('closed'));
        if (wait.aborted) fail();
        wait.addEventListener('abort', fail, { once: true });
      });
      await Promise.race([poller.pollOnce(), stopped]);
    },
    async stop() {
      stopper.abort();
      await started;
      await poller?.stop();
    },
  };
}
