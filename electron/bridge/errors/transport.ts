/**
 * Codes the bridge itself produces, on any method: the transport, the dispatcher's door and the
 * lock gate. Every method may answer with these; domain codes must be declared per method.
 */
export const TRANSPORT_CODES = [
  /** The method is not in the contract. */
  'unknown-method',
  /** The parameters do not match the method's schema. */
  'invalid-params',
  /** A frame with an id but not the shape of a call (or not decodable): answered, never dispatched. */
  'bad-frame',
  /** A frame (call or answer) larger than the transport's cap. */
  'too-large',
  /** No answer within the method's timeout; the handler was told to stop. */
  'timeout',
  /** The core is closing; pending and new calls are refused. */
  'shutdown',
  /** The connection to the core went away before the answer came. */
  'disconnected',
  /** Anything undeclared: the details are in the core's log, never in the answer. */
  'internal',
  /** The app is locked and this method is not open while locked (the lock gate). */
  'locked',
] as const;

export type TransportCode = (typeof TRANSPORT_CODES)[number];
