import { randomFillSync } from 'node:crypto';
import { backend } from './sodium';

/**
 * 64 bytes shaped like an Ed25519 signature (R = r·B for a random scalar r, then a random scalar s)
 * that verifies under no key. libsession puts one in Envelope.proSig when the sender has no Session
 * Pro, so Pro and non-Pro messages look alike on the wire (protocol reference §3.1 step 5).
 */
export function decoySignature(): Uint8Array {
  const s = backend();
  // Scalars come from node:crypto, reduced mod L: libsodium-wrappers' randombytes costs ~80 µs a
  // call here, more than the point multiplication itself.
  const wide = new Uint8Array(64);
  let point: Uint8Array | undefined;
  // r = 0 mod L (probability 2^-252) has no point to show: draw again.
  while (!point) {
    const r = s.scalarReduce(randomFillSync(wide));
    point = s.baseMul(r);
    r.fill(0);
  }
  const out = new Uint8Array(64);
  out.set(point, 0);
  out.set(s.scalarReduce(randomFillSync(wide)), 32);
  wide.fill(0);
  return out;
}
