/**
 * The renderer's only door: `window.shallot`, with exactly the contract's methods and events (and
 * `window.shallotDesktop`, for native notifications). The renderer never sees ipcRenderer; calls to names outside the contract are refused here already.
 * Calls, answers and events cross IPC as bridge-codec text, so values (bytes included) arrive as
 * they do over the web host's WebSocket.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CodecError, decodeWire, encodeWire } from '../bridge/codec';
import { IPC_CALL, IPC_EVENT, IPC_NOTIFICATION_CLICKED, IPC_NOTIFY } from '../bridge/ipc-channels';
import { EVENT_NAMES, METHOD_NAMES } from '../bridge/names';
import { EventFrame } from '../bridge/frames';

const methodSet = new Set<string>(METHOD_NAMES);
const eventSet = new Set<string>(EVENT_NAMES);
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });

ipcRenderer.on(IPC_EVENT, (_e, text: unknown) => {
  const decoded = decodeWire(text);
  const frame = decoded.ok ? EventFrame.safeParse(decoded.value) : undefined;
  if (!frame?.success) return;
  for (const h of listeners.get(frame.data.event) ?? []) {
    try {
      h(frame.data.payload);
    } catch {
      // One faulty listener must not stop the others.
    }
  }
});

async function call(method: string, params: unknown): Promise<unknown> {
  if (!methodSet.has(method)) return refusal('unknown-method', 'No such method');
  let text: string;
  try {
    text = encodeWire({ method, params });
  } catch (e) {
    return e instanceof CodecError && e.problem === 'too-large'
      ? refusal('too-large', 'The call is larger than a bridge frame')
      : refusal('invalid-params', 'The parameters cannot be sent');
  }
  const answer = decodeWire(await ipcRenderer.invoke(IPC_CALL, text));
  return answer.ok ? answer.value : refusal('bad-frame', 'The answer could not be read');
}

contextBridge.exposeInMainWorld('shallot', {
  call,
  on(event: string, handler: (payload: unknown) => void): () => void {
    if (!eventSet.has(event) || typeof handler !== 'function') return () => undefined;
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  },
});

/**
 * Desktop notifications: the renderer's decided text goes to the main process, which shows it
 * natively; a click comes back as the conversation to open. Only strings cross, either way.
 */
const clickHandlers = new Set<(conversationId: string) => void>();
ipcRenderer.on(IPC_NOTIFICATION_CLICKED, (_e, conversationId: unknown) => {
  if (typeof conversationId !== 'string') return;
  for (const h of clickHandlers) h(conversationId);
});

contextBridge.exposeInMainWorld('shallotDesktop', {
  notify(text: { title: string; body: string; tag: string; conversationId: string }): void {
    const { title, body, tag, conversationId } = text;
    ipcRenderer.send(IPC_NOTIFY, { title, body, tag, conversationId });
  },
  onNotificationClick(handler: (conversationId: string) => void): () => void {
    if (typeof handler !== 'function') return () => undefined;
    clickHandlers.add(handler);
    return () => clickHandlers.delete(handler);
  },
});
