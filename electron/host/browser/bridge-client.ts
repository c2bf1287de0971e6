/**
 * The web host's stand-in for the Electron preload: defines `window.shallot` over a WebSocket to
 * /bridge, carrying the launch token from the URL fragment (kept in sessionStorage so a reload
 * works, and removed from the address bar so it is not copied around by accident). Calls made while
 * the socket is (re)connecting wait for it, under their normal timeout; calls in flight when it drops
 * answer `disconnected`. It reconnects with backoff.
 *
 * The page learns the socket's state at once through <html data-bridge> and a `shallot:bridge`
 * event (src/bridge/transport.ts): "closed" when the host went away (instead of a heartbeat's 15 s
 * of silence), and "no-token" when the page was opened without its token, which no retry can fix.
 */
import type { ShallotBridge } from '../../bridge/contract';
import { createRpcClient } from '../../bridge/rpc-client';

const TOKEN_KEY = 'shallot.token';

function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

type LinkState = 'connecting' | 'open' | 'closed' | 'no-token';
function tell(state: LinkState): void {
  if (document.documentElement.dataset['bridge'] === state) return;
  document.documentElement.dataset['bridge'] = state;
  window.dispatchEvent(new Event('shallot:bridge'));
}

const token = takeToken();
let socket: WebSocket | undefined;
let retryMs = 250;

let queued: string[] = [];

const client = createRpcClient((text) => {
  if (socket?.readyState === WebSocket.OPEN) socket.send(text);
  else queued.push(text);
});

function connect(): void {
  if (token === '') {
    client.drain('disconnected', 'This page was opened without its access token');
    tell('no-token');
    return;
  }
  if (document.documentElement.dataset['bridge'] !== 'closed') tell('connecting');
  const ws = new WebSocket(`ws://${location.host}/bridge?token=${encodeURIComponent(token)}`);
  socket = ws;
  ws.onopen = () => {
    retryMs = 250;
    tell('open');
    for (const text of queued) ws.send(text);
    queued = [];
  };
  // Bridge-codec text; anything else (binary, malformed) is not ours and is ignored.
  ws.onmessage = (ev) => client.receive(ev.data);
  ws.onclose = () => {
    queued = [];
    tell('closed');
    client.drain('disconnected', 'The connection to Shallot was lost');
    client.reopen();
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 5_000);
  };
}

const bridge: ShallotBridge = Object.freeze({
  call: client.call.bind(client),
  on: client.on.bind(client),
});
Object.defineProperty(window, 'shallot', { value: bridge, writable: false, configurable: false });
connect();
