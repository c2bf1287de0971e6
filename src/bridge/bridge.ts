import type { ShallotBridge } from '../../electron/bridge/contract';

declare global {
  interface Window {
    /** The host-provided bridge (Electron preload or the web host's WebSocket client). */
    readonly shallot: ShallotBridge;
  }
}

export type { ShallotBridge };
