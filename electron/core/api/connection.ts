/**
 * Binds one client connection (a WebSocket, the worker's parent port, a test) to the core: decodes
 * each text frame with the bridge codec, checks its shape, dispatches it, encodes the answer, and
 * forwards events. Malformed frames are answered where they carry an id (`bad-frame`, or
 * `too-large` over the cap) and logged at a bounded rate, since a client can send them at will.
 * The first event a new client sees is `app.ready`, so it never has to guess whether it connected
 * before or after start-up.
 */
import { CodecError, decodeWire, encodeWire, type Decoded } from '../../bridge/codec';
import { CallFrame, frameId, type CoreFrame } from '../../bridge/frames';
import { fail, type BridgeResult } from '../../bridge/result';
import { rateLimited, type Logger } from '../log';
import type { Core } from './core';

export interface CoreConnection {
  /** Feed every message the transport receives (wire text). */
  receive(text: unknown): void;
  /** For a transport that decoded the text already (the worker port routes its own frames first). */
  receiveDecoded(decoded: Decoded): void;
  close(): void;
}

export type ConnectableCore = Pick<Core, 'dispatch' | 'subscribe' | 'context'>;

/** A flood of bad frames costs at most a burst of lines, then one a few seconds, per core. */
const LOG_LIMIT = { burst: 10, refillMs: 6_000 };
const limitedLogs = new WeakMap<ConnectableCore, Logger>();

function frameLog(core: ConnectableCore): Logger {
  let log = limitedLogs.get(core);
  if (!log) {
    log = rateLimited(core.context.logger.child('bridge'), LOG_LIMIT);
    limitedLogs.set(core, log);
  }
  return log;
}

export function connectToCore(core: ConnectableCore, send: (text: string) => void): CoreConnection {
  const log = frameLog(core);
  let open = true;

  const put = (frame: CoreFrame): void => {
    if (!open) return;
    let text: string;
    try {
      text = encodeWire(frame);
    } catch (e) {
      const problem = e instanceof CodecError ? e.problem : 'unencodable';
      log.error('could not encode a bridge frame', { type: frame.type, problem });
      if (frame.type !== 'result') return;
      const answer: BridgeResult<never> =
        problem === 'too-large'
          ? fail('too-large', 'The answer is larger than a bridge frame.')
          : fail('internal', 'Something went wrong inside Shallot');
      text = encodeWire({ type: 'result', id: frame.id, result: answer });
    }
    try {
      send(text);
    } catch {
      // The transport is gone; its close handler ends this connection.
    }
  };

  const refuse = (id: number | undefined, result: BridgeResult<never>, problem: string): void => {
    log.warn('refused a malformed bridge frame', { problem, answered: id !== undefined });
    if (id !== undefined) put({ type: 'result', id, result });
  };

  const unsubscribe = core.subscribe((event, payload) => put({ type: 'event', event, payload }));
  put({
    type: 'event',
    event: 'app.ready',
    payload: { version: core.context.version, startedAt: Date.now() - core.context.uptimeMs() },
  });

  const receiveDecoded = (decoded: Decoded): void => {
    if (!decoded.ok) {
      const result =
        decoded.problem === 'too-large'
          ? fail('too-large', 'A bridge frame is at most 1 MiB; send large data in chunks.')
          : fail('bad-frame', 'The frame could not be read.');
      refuse(decoded.id, result, decoded.problem);
      return;
    }
    const frame = CallFrame.safeParse(decoded.value);
    if (!frame.success) {
      refuse(frameId(decoded.value), fail('bad-frame', 'The frame is not a bridge call.'), 'shape');
      return;
    }
    const { id, method, params } = frame.data;
    void core.dispatch(method, params).then((result) => put({ type: 'result', id, result }));
  };

  return {
    receive: (text) => receiveDecoded(decodeWire(text)),
    receiveDecoded,
    close() {
      open = false;
      unsubscribe();
    },
  };
}
