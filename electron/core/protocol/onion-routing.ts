import { OnionError, parseOnionCipher, type OnionCipher } from '../crypto/onion-cipher';

/**
 * How a service node reads the routing JSON of a decrypted onion layer (protocol reference §6.2,
 * session-storage-server `process_inner_request`, pinned by its `unit_test/onion_requests.cpp`):
 * - a `"headers"` key (any value) ⇒ this node is the final destination; the blob is the RPC body;
 * - else a `"host"` key ⇒ relay the whole decrypted frame over HTTP(S) to a server
 *   (defaults: port 443, protocol https; `target` required);
 * - else ⇒ forward the blob to the node whose Ed25519 key is `"destination"`, with the next layer's
 *   `"ephemeral_key"` and `"enc_type"` (default AES-GCM).
 * Anything malformed is what the server answers with "invalid JSON".
 */
export type OnionRouteKind = 'final-snode' | 'relay-server' | 'relay-node';

export type OnionRoute =
  | { kind: 'final-snode'; json: boolean; base64: boolean }
  | { kind: 'relay-server'; host: string; port: number; protocol: string; target: string }
  | { kind: 'relay-node'; destination: string; ephemeralKey: string; cipher: OnionCipher };

const KEY_HEX_RE = /^[0-9a-fA-F]{64}$/;

export function classifyOnionRouting(json: Record<string, unknown>): OnionRouteKind {
  if ('headers' in json) return 'final-snode';
  if ('host' in json) return 'relay-server';
  return 'relay-node';
}

function optionalBool(json: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const v = json[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new OnionError('routing', `The routing key "${key}" must be a boolean.`);
  return v;
}

function requiredString(json: Record<string, unknown>, key: string): string {
  const v = json[key];
  if (typeof v !== 'string') throw new OnionError('routing', `The routing key "${key}" must be a string.`);
  return v;
}

export function parseOnionRouting(json: Record<string, unknown>): OnionRoute {
  switch (classifyOnionRouting(json)) {
    case 'final-snode':
      // The server returns base64 unless told `"base64": false`, and a string body unless `"json": true`.
      return {
        kind: 'final-snode',
        json: optionalBool(json, 'json', false),
        base64: optionalBool(json, 'base64', true),
      };
    case 'relay-server': {
      const host = requiredString(json, 'host');
      const target = requiredString(json, 'target');
      let port = 443;
      if (json.port !== undefined) {
        if (
          typeof json.port !== 'number' ||
          !Number.isInteger(json.port) ||
          json.port < 0 ||
          json.port > 65535
        ) {
          throw new OnionError('routing', 'The routing "port" must be an integer from 0 to 65535.');
        }
        port = json.port;
      }
      const protocol = json.protocol === undefined ? 'https' : requiredString(json, 'protocol');
      return { kind: 'relay-server', host, port, protocol, target };
    }
    case 'relay-node': {
      const destination = requiredString(json, 'destination');
      const ephemeralKey = requiredString(json, 'ephemeral_key');
      if (!KEY_HEX_RE.test(destination) || !KEY_HEX_RE.test(ephemeralKey)) {
        throw new OnionError(
          'routing',
          'The routing keys "destination" and "ephemeral_key" are 64 hex characters.',
        );
      }
      const encType = json.enc_type;
      if (encType !== undefined && typeof encType !== 'string') {
        throw new OnionError('enc-type', 'The routing "enc_type" must be a string.');
      }
      return {
        kind: 'relay-node',
        destination: destination.toLowerCase(),
        ephemeralKey: ephemeralKey.toLowerCase(),
        cipher: parseOnionCipher(encType),
      };
    }
  }
}

/** Servers only relay to `/loki/…/lsrpc` or `/oxen/…/lsrpc` paths without a query. */
export function isOnionUrlTargetAllowed(target: string): boolean {
  return (
    (target.startsWith('/loki/') || target.startsWith('/oxen/')) &&
    target.endsWith('/lsrpc') &&
    !target.includes('?')
  );
}
