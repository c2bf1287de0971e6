import { describe, expect, it } from 'vitest';
import { OnionError } from '../../../electron/core/crypto/onion-cipher';
import {
  classifyOnionRouting,
  isOnionUrlTargetAllowed,
  parseOnionRouting,
} from '../../../electron/core/protocol/onion-routing';

// Cases from session-storage-server unit_test/onion_requests.cpp (oxen-io/oxen-storage-server copy).
describe('onion routing JSON, as a storage server reads it', () => {
  it('"headers" means this node is the final destination', () => {
    const json = { headers: 'something' };
    expect(classifyOnionRouting(json)).toBe('final-snode');
    expect(parseOnionRouting(json)).toEqual({ kind: 'final-snode', json: false, base64: true });
    expect(parseOnionRouting({ headers: {}, json: true, base64: false })).toEqual({
      kind: 'final-snode',
      json: true,
      base64: false,
    });
  });

  it('"host" relays to a server with defaults port 443 and https (legacy form)', () => {
    const json = { host: 'host', target: 'target' };
    expect(classifyOnionRouting(json)).toBe('relay-server');
    expect(parseOnionRouting(json)).toEqual({
      kind: 'relay-server',
      host: 'host',
      port: 443,
      protocol: 'https',
      target: 'target',
    });
  });

  it('"host" with explicit port and protocol', () => {
    expect(parseOnionRouting({ host: 'host', target: 'target', port: 80, protocol: 'http' })).toEqual({
      kind: 'relay-server',
      host: 'host',
      port: 80,
      protocol: 'http',
      target: 'target',
    });
  });

  it('otherwise relays to the next node, enc_type defaulting to AES-GCM', () => {
    const json = {
      destination: 'ffffeeeeddddccccbbbbaaaa9999888877776666555544443333222211110000',
      ephemeral_key: '0000111122223333444455556666777788889999000011112222333344445555',
    };
    expect(classifyOnionRouting(json)).toBe('relay-node');
    expect(parseOnionRouting(json)).toEqual({
      kind: 'relay-node',
      destination: json.destination,
      ephemeralKey: json.ephemeral_key,
      cipher: 'aes-gcm',
    });
    expect(parseOnionRouting({ ...json, enc_type: 'xchacha20' })).toMatchObject({ cipher: 'xchacha20' });
  });

  it('"headers" wins over "host", which wins over "destination"', () => {
    expect(classifyOnionRouting({ headers: null, host: 'h', destination: 'd' })).toBe('final-snode');
    expect(classifyOnionRouting({ host: 'h', destination: 'd' })).toBe('relay-server');
  });

  it('malformed routing is a typed error', () => {
    const bad = [
      { host: 'h' },
      { host: 1, target: '/t' },
      { host: 'h', target: '/t', port: 70000 },
      { host: 'h', target: '/t', port: '80' },
      { headers: {}, json: 'yes' },
      { destination: 'ab', ephemeral_key: 'cd' },
      {},
      {
        destination: 'ffffeeeeddddccccbbbbaaaa9999888877776666555544443333222211110000',
        ephemeral_key: '0000111122223333444455556666777788889999000011112222333344445555',
        enc_type: 'rot13',
      },
    ];
    for (const json of bad) expect(() => parseOnionRouting(json)).toThrow(OnionError);
  });

  it('url target filtering', () => {
    expect(isOnionUrlTargetAllowed('/loki/v3/lsrpc')).toBe(true);
    expect(isOnionUrlTargetAllowed('/loki/oxen/v4/lsrpc')).toBe(true);
    expect(isOnionUrlTargetAllowed('/oxen/v3/lsrpc')).toBe(true);
    expect(isOnionUrlTargetAllowed('/oxen/v4/lsrpc')).toBe(true);
    expect(isOnionUrlTargetAllowed('/not_loki/v3/lsrpc')).toBe(false);
    expect(isOnionUrlTargetAllowed('/loki/v3')).toBe(false);
    expect(isOnionUrlTargetAllowed('/loki/v3/lsrpc?foo=bar')).toBe(false);
  });
});
