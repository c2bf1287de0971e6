/**
 * Feeds one swarm's messages into an inbox consumer for as long as the session (or the caller)
 * wants: the poller starts when the network opens — at once if it is open, later if the account
 * opened offline — and stops with `stop()` or the session.
 */
import type { PollBatch, PollTarget, SwarmPoller } from '../../network';
import type { WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';

export interface InboxSource {
  /** Polls at once instead of at the next tick (a no-op until the network opened). */
  pollNow(): void;
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
    async stop() {
      stopper.abort();
      await started;
      await poller?.stop();
    },
  };
}
