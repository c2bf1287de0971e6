/**
 * App-wide state fed only by bridge calls and events: whether the core is there, its facts and its
 * network status. Views read it and call its actions; they never talk to the bridge themselves.
 */
import { createStore } from 'zustand/vanilla';
import type { EventPayload, Result } from '../../electron/bridge/contract';
import type { BridgeError } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';

export type Connection = 'connecting' | 'connected' | 'disconnected';
type AppInfo = Result<'app.info'>;
type AppStatus = EventPayload<'app.status'>;

/** Heartbeats come every 5 s; three missed ones mean the core is gone. */
export const SILENCE_LIMIT_MS = 15_000;

export type AppState = {
  connection: Connection;
  info?: AppInfo;
  status?: AppStatus;
  error?: BridgeError;
  start: () => () => void;
  refreshInfo: () => Promise<void>;
};

export function createAppStore(bridge: ShallotBridge) {
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  return createStore<AppState>()((set, get) => {
    /** Any word from the core proves it is there; silence for too long proves the opposite. */
    const alive = (): void => {
      if (get().connection !== 'connected') set({ connection: 'connected' });
      clearTimeout(watchdog);
      watchdog = setTimeout(() => set({ connection: 'disconnected' }), SILENCE_LIMIT_MS);
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
        // The core may have said app.ready before this subscription existed.
        void get().refreshInfo();
        return () => {
          clearTimeout(watchdog);
          offReady();
          offStatus();
        };
      },
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
