/**
 * The bridge as the renderer types it: the contract's tables (the messaging ones spelled out, as
 * the messenger UI was built against them before they were wired in; they are the same tables
 * now, so the intersections collapse to the contract's own types).
 */
import type {
  ShallotBridge as ContractBridge,
  events as contractEvents,
  Methods as ContractMethods,
} from '../../electron/bridge/contract';
import type { TransportCode } from '../../electron/bridge/errors/transport';
import type { BridgeResult } from '../../electron/bridge/result';
import type { conversationEvents, conversationMethods } from '../../electron/bridge/methods/conversations';
import type { messageEvents, messageMethods } from '../../electron/bridge/methods/messages';

declare global {
  interface Window {
    /** The host-provided bridge (Electron preload or the web host's WebSocket client). */
    readonly shallot: ContractBridge;
  }
}

/** `z.input` / `z.output`, spelled out: the renderer's lint zone admits no zod, not even its types. */
type Input<S> = S extends { readonly _zod: { readonly input: infer I } } ? I : never;
type Output<S> = S extends { readonly _zod: { readonly output: infer O } } ? O : never;

type Pending = typeof conversationMethods & typeof messageMethods;
export type RendererMethods = Omit<ContractMethods, keyof Pending> & Pending;
type RendererEvents = typeof contractEvents & typeof conversationEvents & typeof messageEvents;

export type MethodName = Extract<keyof RendererMethods, string>;
export type EventName = Extract<keyof RendererEvents, string>;
export type Params<M extends MethodName> = Input<RendererMethods[M]['params']>;
export type Result<M extends MethodName> = Output<RendererMethods[M]['result']>;
export type EventPayload<E extends EventName> = Output<RendererEvents[E]>;

export type MethodError<M extends MethodName> = RendererMethods[M]['errors'][number] | TransportCode;
export type { BridgeError, BridgeResult } from '../../electron/bridge/result';

/** What every store is given: the host's bridge in the app, a fake in tests. */
export interface ShallotBridge {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<BridgeResult<Result<M>, MethodError<M>>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
}

/**
 * The host's bridge as the renderer's type. Sound at run time: the hosts refuse a name outside the
 * contract with `unknown-method` in the same envelope, and every result is schema-checked in the core.
 */
export function asRendererBridge(bridge: ContractBridge): ShallotBridge {
  return bridge as unknown as ShallotBridge;
}
