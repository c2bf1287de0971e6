/**
 * The renderer's only door: `window.shallot`, with exactly the contract's methods and events. The
 * renderer never sees ipcRenderer; calls to names outside the contract are refused here already.
 * Calls, answers and events cross IPC as bridge-codec text, so values (bytes included) arrive as
 * they do over the web host's WebSocket.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CodecError, decodeWire, encodeWire } from '../bridge/codec';
import { IPC_CALL, IPC_EVENT } from '../bridge/ipc-channels';
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
