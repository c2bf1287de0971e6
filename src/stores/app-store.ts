/**
 * App-wide state fed only by bridge calls and events: whether the core is there (and if not, why),
 * its facts and its network status. Views read it and call its actions; they never talk to the
 * bridge themselves.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, EventPayload, Result, ShallotBridge } from '../bridge/bridge';
import { silentTransport, type TransportSource } from '../bridge/transport';

export type Connection = 'connecting' | 'connected' | 'disconnected';
/** Why the core is unreachable: the page has no token, the host's socket closed, or the core went silent. */
export type Unreachable = 'no-token' | 'closed' | 'silent';
type AppInfo = Result<'app.info'>;
type AppStatus = EventPayload<'app.status'>;

/** Heartbeats come every 5 s; three missed ones mean the core is gone. */
export const SILENCE_LIMIT_MS = 15_000;

export type AppState = {
  connection: Connection;
  unreachable?: Unreachable;
  info?: AppInfo;
  status?: AppStatus;
  error?: BridgeError;
  start: () => () => void;
  refreshInfo: () => Promise<void>;
};

export function createAppStore(bridge: ShallotBridge, transport: TransportSource = silentTransport) {
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  return createStore<AppState>()((set, get) => {
    const lost = (unreachable: Unreachable): void => {
      clearTimeout(watchdog);
      set({ connection: 'disconnected', unreachable });
    };
    /** Any word from the core proves it is there; silence for too long proves the opposite. */
    const alive = (): void => {
      if (get().connection !== 'connected') set({ connection: 'connected', unreachable: undefined });
      clearTimeout(watchdog);
      watchdog = setTimeout(() => lost('silent'), SILENCE_LIMIT_MS);
    };
    /** The host's socket state is known at once, long before a heartbeat would be missed. */
    const followTransport = (): void => {
      const state = transport.state();
      // Reconnecting is not reaching: the banner stays until the core itself speaks again.
      if (state === 'no-token') lost('no-token');
      else if (state === 'closed') lost('closed');
    };

    return {
      connection: 'connecting',

      async refreshInfo() {
        const r = await bridge.call('app.info', {});
        if (r.ok) {
          alive();
          set({ info: r.value, error: undefined });
        } else {
          set({ error: r.error });
        }
      },

      start() {
        const offReady = bridge.on('app.ready', () => {
          alive();
          void get().refreshInfo();
        });
        const offStatus = bridge.on('app.status', (status) => {
          alive();
          set({ status });
        });
        const offTransport = transport.watch(followTransport);
        followTransport();
        // The core may have said app.ready before this subscription existed.
        void get().refreshInfo();
        return () => {
          clearTimeout(watchdog);
          offReady();
          offStatus();
          offTransport();
        };
      },
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
