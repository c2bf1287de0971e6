import type { ShallotBridge } from '../../electron/bridge/contract';

declare global {
  interface Window {
    readonly shallot: ShallotBridge;
  }
}

/** The host-provided bridge (Electron preload or the web host's WebSocket client). */
export function bridge(): ShallotBridge {
  return window.shallot;
}
