/**
 * Session network failures (NetworkError in the core), for methods that wait on the network. Each
 * is the core's code with a `network-` prefix, so none collides with a transport or store code.
 */
export const NETWORK_CODES = [
  /** A node or path did not answer in time. */
  'network-timeout',
  /** The network cannot be reached (no internet, every seed down). */
  'network-unreachable',
  /** The nodes refused our clock: the computer's time is wrong. */
  'network-clock-out-of-sync',
  /** A node refused the request's signature. */
  'network-unauthorized',
  /** The node no longer holds this account's swarm. */
  'network-wrong-swarm',
  /** A reply this client cannot read. */
  'network-bad-response',
  /** A seed node's certificate does not match its pin. */
  'network-pin-mismatch',
  /** An onion path failed. */
  'network-path',
  /** The requested item does not exist on the network. */
  'network-not-found',
  /** The server refused the request. */
  'network-rejected',
  /** The request or reply is larger than allowed. */
  'network-too-large',
  /** Too few service nodes are known to build paths. */
  'network-pool',
  /** No seed node gave a usable node list. */
  'network-seed',
  /** The network connection was closed (the account locked or the app is closing). */
  'network-closed',
] as const;

export type NetworkCode = (typeof NETWORK_CODES)[number];
