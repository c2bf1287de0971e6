/**
 * What the host's bridge script knows about its link to the core before any answer arrives: the web
 * host's WebSocket client marks <html data-bridge> ("connecting", "open", "closed", or "no-token"
 * when the page was opened without its launch token) and fires `shallot:bridge` on every change.
 * Electron's preload has no such link to lose and sets nothing ("unknown"): there, only the core's
 * silence tells.
 */
export type TransportState = 'connecting' | 'open' | 'closed' | 'no-token' | 'unknown';

export type TransportSource = {
  state: () => TransportState;
  watch: (changed: () => void) => () => void;
};

export const BRIDGE_EVENT = 'shallot:bridge';

const KNOWN: readonly TransportState[] = ['connecting', 'open', 'closed', 'no-token'];

export function pageTransport(win: Window = window): TransportSource {
  return {
    state() {
      const v = win.document.documentElement.dataset['bridge'] ?? '';
      return (KNOWN as readonly string[]).includes(v) ? (v as TransportState) : 'unknown';
    },
    watch(changed) {
      win.addEventListener(BRIDGE_EVENT, changed);
      return () => win.removeEventListener(BRIDGE_EVENT, changed);
    },
  };
}

/** For hosts and tests with nothing to report. */
export const silentTransport: TransportSource = { state: () => 'unknown', watch: () => () => undefined };
