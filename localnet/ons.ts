import { toHex } from '../electron/core/crypto/bytes';
import { encryptOnsValue, onsNameHash } from '../electron/core/protocol/ons';
import type { RpcResponse } from './rpc/json';

/**
 * Session names registered on this network. oxend keeps only the name's hash and the Session ID
 * encrypted under a key derived from the name, so a lookup proves the client knew the name.
 */
export class OnsRegistry {
  private readonly records = new Map<string, { encrypted_value: string; nonce: string }>();

  register(name: string, sessionId: string): void {
    const { ciphertext, nonce } = encryptOnsValue(name, sessionId);
    this.records.set(onsNameHash(name), { encrypted_value: toHex(ciphertext), nonce: toHex(nonce) });
  }

  /** oxend's `ons_resolve` result: the record, or `{}` when the name is not registered. */
  resolve(params: unknown): RpcResponse {
    const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
    const type = p['type'] ?? 0;
    const nameHash = p['name_hash'];
    if (typeof nameHash !== 'string' || nameHash.length === 0) {
      return { status: 400, body: "Invalid 'name_hash': expected a base64 or hex 32-byte hash" };
    }
    if (type !== 0) return { status: 400, body: `Invalid ONS type ${JSON.stringify(type)}` };
    let key = nameHash;
    if (/^[0-9a-fA-F]{64}$/.test(nameHash)) key = Buffer.from(nameHash, 'hex').toString('base64');
    const record = this.records.get(key.endsWith('=') ? key : `${key}=`) ?? this.records.get(key);
    return { status: 200, body: record ?? {} };
  }
}
