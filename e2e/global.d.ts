import type { ShallotBridge } from '../electron/bridge/contract';

declare global {
  interface Window {
    readonly shallot: ShallotBridge;
  }
}
