/**
 * Protocol core throughput: each Session operation beside the raw libsodium work it rests on, so
 * overhead of our own (copies, protobuf, base64, hex) shows as the gap between the two.
 */
import { opsPerSecond, report } from './report';
import { fromHex } from '../electron/core/crypto/bytes';
import { sodium } from '../electron/core/crypto/sodium';
import {
  decryptFromSender,
  encodeContent,
  encodeFrame,
  encryptForRecipient,
  identityFromSeed,
  padMessage,
  ready,
  sealOnionLayer,
  unwrapOneToOne,
  wrapOneToOne,
} from '../electron/core/protocol/index';

/**
 * Two operations measured in alternating 50 ms slices, so load from other processes on a shared
 * machine hits both alike and their ratio stays meaningful. Returns ops/s for each.
 */
function pairedOpsPerSecond(a: () => void, b: () => void, totalMs = 2000): [number, number] {
  const counts = [0, 0];
  const times = [0, 0];
  const fns = [a, b];
  for (let i = 0; i < 20; i++) {
    a();
    b();
  }
  const deadline = performance.now() + totalMs;
  for (let round = 0; performance.now() < deadline; round++) {
    const k = round % 2;
    const fn = fns[k]!;
    const start = performance.now();
    let n = 0;
    let elapsed = 0;
    while (elapsed < 50) {
      for (let i = 0; i < 10; i++) fn();
      n += 10;
      elapsed = performance.now() - start;
    }
    counts[k]! += n;
    times[k]! += elapsed;
  }
  return [Math.round((counts[0]! * 1000) / times[0]!), Math.round((counts[1]! * 1000) / times[1]!)];
}

export async function run(): Promise<void> {
  await ready();
  const s = sodium();
  const alice = identityFromSeed(fromHex('0123456789abcdef0123456789abcdef'));
  const bob = identityFromSeed(fromHex('00112233445566778899aabbccddeeff'));
  const T = 1_700_000_000_000;
  // A typical short text message: one 160-byte padding block.
  const content = encodeContent({
    dataMessage: { body: 'Hello there, how are you doing today?', profile: { displayName: 'Alice' } },
    sigTimestamp: T,
  });
  const padded = padMessage(content);
  const signedLen = padded.length + 96;
  const signInput = new Uint8Array(padded.length + 64);
  const inner = new Uint8Array(signedLen);

  // seal = Ed25519 sign + crypto_box_seal
  const rawSeal = opsPerSecond(() => {
    s.crypto_box_seal(inner, bob.x25519.publicKey);
  });
  report('protocol.raw_box_seal_ops_per_s', rawSeal, 'ops/s');
  const rawSignSealFn = () => {
    s.crypto_sign_detached(signInput, alice.ed25519.secretKey);
    s.crypto_box_seal(inner, bob.x25519.publicKey);
  };
  const [rawSignSeal, seal] = pairedOpsPerSecond(rawSignSealFn, () => {
    encryptForRecipient(alice, bob.sessionId, padded);
  });
  report('protocol.raw_sign_plus_box_seal_ops_per_s', rawSignSeal, 'ops/s');
  report('protocol.seal_ops_per_s', seal, 'ops/s');

  // open = crypto_box_seal_open + Ed25519 verify
  const sealed = encryptForRecipient(alice, bob.sessionId, padded);
  const opened = s.crypto_box_seal_open(sealed, bob.x25519.publicKey, bob.x25519.secretKey);
  const sig = opened.slice(opened.length - 64);
  const verifyInput = new Uint8Array(opened.length - 32);
  verifyInput.set(opened.subarray(0, opened.length - 64));
  verifyInput.set(bob.x25519.publicKey, opened.length - 64);
  const rawOpenFn = () => {
    s.crypto_box_seal_open(sealed, bob.x25519.publicKey, bob.x25519.secretKey);
    s.crypto_sign_verify_detached(sig, verifyInput, alice.ed25519.publicKey);
  };
  const [rawOpen, open] = pairedOpsPerSecond(rawOpenFn, () => {
    decryptFromSender(bob, sealed);
  });
  report('protocol.raw_box_seal_open_plus_verify_ops_per_s', rawOpen, 'ops/s');
  report('protocol.open_verify_ops_per_s', open, 'ops/s');

  // wrap / unwrap = the whole stack around the same raw work. wrap adds the decoy proSig
  // (one base-point multiplication) unless omitted.
  const [rawSignSeal2, wrap] = pairedOpsPerSecond(rawSignSealFn, () => {
    wrapOneToOne(alice, bob.sessionId, content, T);
  });
  const wrapNoDecoy = opsPerSecond(() => {
    wrapOneToOne(alice, bob.sessionId, content, T, { proSig: 'omit' });
  });
  report('protocol.wrap_ops_per_s', wrap, 'ops/s');
  report('protocol.wrap_without_decoy_prosig_ops_per_s', wrapNoDecoy, 'ops/s');
  report('protocol.wrap_vs_raw_ratio', Number((wrap / rawSignSeal2).toFixed(3)), 'ratio');

  const data = wrapOneToOne(alice, bob.sessionId, content, T);
  const [rawOpen2, unwrap] = pairedOpsPerSecond(rawOpenFn, () => {
    unwrapOneToOne(bob, data);
  });
  report('protocol.unwrap_ops_per_s', unwrap, 'ops/s');
  report('protocol.unwrap_vs_raw_ratio', Number((unwrap / rawOpen2).toFixed(3)), 'ratio');

  // A sender never seen before pays the Ed25519→X25519 conversion (memoised per sender after).
  const strangers = Array.from({ length: 1500 }, (_, i) => {
    const seed = new Uint8Array(16);
    new DataView(seed.buffer).setUint32(0, i + 1);
    const who = identityFromSeed(seed);
    return wrapOneToOne(who, bob.sessionId, content, T);
  });
  let next = 0;
  const unwrapCold = opsPerSecond(() => {
    unwrapOneToOne(bob, strangers[next++ % strangers.length]!);
  });
  report('protocol.unwrap_new_sender_ops_per_s', unwrapCold, 'ops/s');

  // Onion: three layers as a client builds them (destination payload, then two relay wraps),
  // each a fresh X25519 ephemeral + AES-256-GCM; raw = the three key agreements alone.
  const hops = [0, 1, 2].map(() => s.crypto_box_keypair());
  const payload = new TextEncoder().encode(
    JSON.stringify({ method: 'retrieve', params: { pubkey: bob.sessionId } }),
  );
  const ed = (i: number) => 'ab'.repeat(31) + String(i).padStart(2, '0');
  const onion = opsPerSecond(() => {
    let layer = sealOnionLayer('aes-gcm', hops[2]!.publicKey, encodeFrame(payload, { headers: {} }));
    for (const i of [1, 0]) {
      const framed = encodeFrame(layer.ciphertext, {
        destination: ed(i + 1),
        ephemeral_key: Buffer.from(layer.ephemeralPublicKey).toString('hex'),
      });
      layer = sealOnionLayer('aes-gcm', hops[i]!.publicKey, framed);
    }
  });
  const rawOnion = opsPerSecond(() => {
    for (let i = 0; i < 3; i++) {
      const eph = s.crypto_box_keypair();
      s.crypto_scalarmult(eph.privateKey, hops[i]!.publicKey);
    }
  });
  report('protocol.raw_x25519_ephemeral_x3_ops_per_s', rawOnion, 'ops/s');
  report('protocol.onion_build_3_layer_ops_per_s', onion, 'ops/s');
}
