/**
 * The OS keychain for a core that runs in a worker thread: the worker cannot call Electron's
 * `safeStorage`, so it asks the main process over its port. Requests and replies are plain
 * objects tagged `shallot-keychain`, kept apart from bridge frames on the same port.
 */
import type { KeychainBackend } from '../core/store/vault';

export type KeychainOp = 'available' | 'encrypt' | 'decrypt';
export type KeychainRequest = { tag: 'shallot-keychain'; id: number; op: KeychainOp; data?: Uint8Array };
export type KeychainReply = {
  tag: 'shallot-keychain';
  id: number;
  ok: boolean;
  data?: Uint8Array;
  available?: boolean;
};

const TIMEOUT_MS = 30_000;

export function isKeychainRequest(msg: unknown): msg is KeychainRequest {
  const m = msg as Partial<KeychainRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.tag === 'shallot-keychain' &&
    typeof m.id === 'number' &&
    (m.op === 'available' || m.op === 'encrypt' || m.op === 'decrypt') &&
    (m.data === undefined || m.data instanceof Uint8Array)
  );
}

function isKeychainReply(msg: unknown): msg is KeychainReply {
  const m = msg as Partial<KeychainReply> | null;
  return typeof m === 'object' && m !== null && m.tag === 'shallot-keychain' && typeof m.id === 'number';
}

/**
 * The worker's side. `receive` must see every message from the main process first and returns
 * true for the ones it consumed.
 */
export function createKeychainRelay(post: (req: KeychainRequest) => void): {
  backend: KeychainBackend;
  receive(msg: unknown): boolean;
} {
  const pending = new Map<number, (reply: KeychainReply | undefined) => void>();
  let nextId = 1;

  const ask = (op: KeychainOp, data?: Uint8Array): Promise<KeychainReply> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => settle(undefined), TIMEOUT_MS);
      const settle = (reply: KeychainReply | undefined): void => {
        clearTimeout(timer);
        pending.delete(id);
        if (reply?.ok) resolve(reply);
        else reject(new Error(reply ? 'the keychain refused' : 'the keychain did not answer'));
      };
      pending.set(id, settle);
      post({ tag: 'shallot-keychain', id, op, ...(data ? { data } : {}) });
    });

  const bytes = (reply: KeychainReply): Uint8Array => {
    if (!(reply.data instanceof Uint8Array)) throw new Error('the keychain sent no data');
    return new Uint8Array(reply.data);
  };

  return {
    backend: {
      isAvailable: async () => (await ask('available')).available === true,
      encrypt: async (plain) => bytes(await ask('encrypt', plain)),
      decrypt: async (blob) => bytes(await ask('decrypt', blob)),
    },
    receive(msg) {
      if (!isKeychainReply(msg)) return false;
      pending.get(msg.id)?.(msg);
      return true;
    },
  };
}
