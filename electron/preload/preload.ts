/**
 * The renderer's only door: `window.shallot`, with exactly the contract's methods and events. The
 * renderer never sees ipcRenderer; calls to names outside the contract are refused here already.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL, IPC_EVENT } from '../bridge/ipc-channels';
import { EVENT_NAMES, METHOD_NAMES } from '../bridge/names';

const methodSet = new Set<string>(METHOD_NAMES);
const eventSet = new Set<string>(EVENT_NAMES);
const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT, (_e, frame: { event?: unknown; payload?: unknown }) => {
  if (typeof frame?.event !== 'string') return;
  for (const h of listeners.get(frame.event) ?? []) {
    try {
      h(frame.payload);
    } catch {
      // One faulty listener must not stop the others.
    }
  }
});

contextBridge.exposeInMainWorld('shallot', {
  call(method: string, params: unknown): Promise<unknown> {
    if (!methodSet.has(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: 'No such method' } });
    }
    return ipcRenderer.invoke(IPC_CALL, method, params);
  },
  on(event: string, handler: (payload: unknown) => void): () => void {
    if (!eventSet.has(event) || typeof handler !== 'function') return () => undefined;
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  },
});
