/**
 * The account's keys for one session: derived from the seed once when the account opens, handed
 * to what needs them (signing for the swarm, sealing and opening messages), and zeroed when the
 * session closes — a reference kept past that point holds only zeros.
 */
import type { Identity } from '../../crypto/identity';
import type { SessionId } from '../../crypto/ids';
import { accountAuth, type SwarmAuth } from '../../network/swarm-auth';
import { identityFromSeed } from '../../protocol';

export class AccountIdentity {
  readonly sessionId: SessionId;
  /** The own account's signer for its swarm (store, retrieve, delete, expire). */
  readonly swarmAuth: SwarmAuth;
  private keyPair: Identity | undefined;

  /** Derives the keys; the caller still owns (and zeroes) `seed`. */
  constructor(seed: Uint8Array) {
    this.keyPair = identityFromSeed(seed);
    this.sessionId = this.keyPair.sessionId;
    this.swarmAuth = accountAuth(this.keyPair);
  }

  /** The full key pair for protocol calls that take one (`wrapOneToOne`, `unwrapOneToOne`). */
  get keys(): Identity {
    if (!this.keyPair) throw new Error('The account session is closed.');
    return this.keyPair;
  }

  get ed25519PublicKey(): Uint8Array {
    return this.keys.ed25519.publicKey;
  }

  get x25519PublicKey(): Uint8Array {
    return this.keys.x25519.publicKey;
  }

  get open(): boolean {
    return this.keyPair !== undefined;
  }

  /** Zeroes every secret byte (and the public ones: nothing of the session should outlive it). */
  close(): void {
    const k = this.keyPair;
    if (!k) return;
    this.keyPair = undefined;
    for (const b of [k.ed25519.secretKey, k.ed25519.publicKey, k.x25519.secretKey, k.x25519.publicKey])
      b.fill(0);
  }
}
