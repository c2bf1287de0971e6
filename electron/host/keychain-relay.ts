/**
 * The OS keychain for a core that runs in a worker thread: the worker cannot call Electron's
 * `safeStorage`, so it asks the main process over a MessagePort of its own (passed in workerData),
 * apart from the bridge frames on the worker's parent port. Both directions are checked against the
 * schemas below before anything is read from them.
 */
import type { MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import type { KeychainBackend } from '../core/store/vault';

/** A wrapped database key is tens of bytes; anything near this is not one. */
const MAX_KEYCHAIN_BYTES = 64 * 1024;
const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length <= MAX_KEYCHAIN_BYTES);

export const KeychainRequest = z.strictObject({
  id: z.number().int().nonnegative(),
  op: z.enum(['available', 'encrypt', 'decrypt']),
  data: Bytes.optional(),
});
export type KeychainRequest = z.infer<typeof KeychainRequest>;
export type KeychainOp = KeychainRequest['op'];

export const KeychainReply = z.strictObject({
  id: z.number().int().nonnegative(),
  ok: z.boolean(),
  data: Bytes.optional(),
  available: z.boolean().optional(),
});
export type KeychainReply = z.infer<typeof KeychainReply>;

const TIMEOUT_MS = 30_000;

/** The main process's side: answers each well-formed request on `port` with `answer`. */
export function serveKeychain(port: MessagePort, answer: (req: KeychainRequest) => KeychainReply): void {
  port.on('message', (msg: unknown) => {
    const req = KeychainRequest.safeParse(msg);
    if (req.success) port.postMessage(answer(req.data));
  });
}

/** The worker's side: a KeychainBackend whose every operation is a round trip over `port`. */
export function createKeychainRelay(port: MessagePort): KeychainBackend {
  const pending = new Map<number, (reply: KeychainReply | undefined) => void>();
  let nextId = 1;
  port.on('message', (msg: unknown) => {
    const reply = KeychainReply.safeParse(msg);
    if (reply.success) pending.get(reply.data.id)?.(reply.data);
  });
  // The port must not keep a finished worker alive; pending requests hold their own timers.
  port.unref();

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
      port.postMessage({ id, op, ...(data ? { data } : {}) } satisfies KeychainRequest);
    });

  const bytes = (reply: KeychainReply): Uint8Array => {
    if (!reply.data) throw new Error('the keychain sent no data');
    return new Uint8Array(reply.data);
  };

  return {
    isAvailable: async () => (await ask('available')).available === true,
    encrypt: async (plain) => bytes(await ask('encrypt', plain)),
    decrypt: async (blob) => bytes(await ask('decrypt', blob)),
  };
}
