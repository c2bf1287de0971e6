/**
 * Protocol core throughput on both libsodium backends in one run: each Session operation beside
 * the raw libsodium work it rests on (its physical counterpart), so our own overhead (copies,
 * protobuf, base64, hex) shows as the gap between the two, and sodium-native beside the wasm build.
 * Everything that is compared is measured in interleaved slices (see `interleaved`), so load from
 * other processes on a shared machine hits all contenders alike and the ratios stay meaningful.
 */
import {
  createCipheriv,
  createHmac,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  randomFillSync,
} from 'node:crypto';
import { loadavg } from 'node:os';
import { opsPerSecond, report } from './report';
import type { BackendName, CryptoBackend } from '../electron/core/crypto/backend/backend';
import { loadNativeBackend } from '../electron/core/crypto/backend/native';
import { loadWasmBackend } from '../electron/core/crypto/backend/wasm';
import { fromHex } from '../electron/core/crypto/bytes';
import { x25519KeyPair } from '../electron/core/crypto/ed25519';
import { useCryptoBackend } from '../electron/core/crypto/sodium';
import {
  encodeContent,
  encodeFrame,
  encryptForRecipient,
  identityFromSeed,
  padMessage,
  ready,
  sealOnionLayer,
  unwrapOneToOne,
  wrapOneToOne,
  type Identity,
} from '../electron/core/protocol/index';

interface Contender {
  readonly key: string;
  readonly backend: CryptoBackend;
  readonly fn: () => void;
}

const SLICE_MS = 100;

interface Rate {
  /** Operations per second of wall time: what this machine gave under its load. */
  readonly wall: number;
  /** Operations per second of this process's CPU time: steady when other jobs share the cores. */
  readonly cpu: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * The rate of each contender, measured in round-robin slices of 100 ms; each slice first makes its
 * contender's backend the process's one, so Session-level code runs on the backend being measured.
 * Ratios are taken from CPU time: on a shared machine a preempted slice costs wall time only.
 */
function interleaved(contenders: readonly Contender[], totalMs: number): Map<string, Rate> {
  const counts = contenders.map(() => 0);
  const wall = contenders.map(() => 0);
  const cpu = contenders.map(() => 0);
  for (const c of contenders) {
    useCryptoBackend(c.backend);
    for (let i = 0; i < 50; i++) c.fn();
  }
  const deadline = performance.now() + totalMs;
  for (let round = 0; performance.now() < deadline; round++) {
    const k = round % contenders.length;
    const c = contenders[k]!;
    useCryptoBackend(c.backend);
    const start = performance.now();
    const cpuStart = cpuMs();
    let n = 0;
    let elapsed = 0;
    while (elapsed < SLICE_MS) {
      for (let i = 0; i < 10; i++) c.fn();
      n += 10;
      elapsed = performance.now() - start;
    }
    counts[k]! += n;
    wall[k]! += elapsed;
    cpu[k]! += cpuMs() - cpuStart;
  }
  const rate = (k: number, ms: number) => Math.round((counts[k]! * 1000) / ms);
  return new Map(contenders.map((c, k) => [c.key, { wall: rate(k, wall[k]!), cpu: rate(k, cpu[k]!) }]));
}

interface Fixture {
  readonly alice: Identity;
  readonly bob: Identity;
  readonly content: Uint8Array;
  readonly timestamp: number;
  /** A sealed 1:1 box, its opened signature and the bytes that signature covers. */
  readonly sealed: Uint8Array;
  readonly sig: Uint8Array;
  readonly verifyInput: Uint8Array;
  /** What the raw sign + seal work on: the padded message's sizes. */
  readonly signInput: Uint8Array;
  readonly inner: Uint8Array;
  readonly wire: string;
}

function fixture(native: CryptoBackend): Fixture {
  const alice = identityFromSeed(fromHex('0123456789abcdef0123456789abcdef'));
  const bob = identityFromSeed(fromHex('00112233445566778899aabbccddeeff'));
  const timestamp = 1_700_000_000_000;
  // A typical short text message: one 160-byte padding block.
  const content = encodeContent({
    dataMessage: { body: 'Hello there, how are you doing today?', profile: { displayName: 'Alice' } },
    sigTimestamp: timestamp,
  });
  const padded = padMessage(content);
  const sealed = encryptForRecipient(alice, bob.sessionId, padded);
  const opened = native.boxSealOpen(sealed, bob.x25519.publicKey, bob.x25519.secretKey)!;
  const verifyInput = new Uint8Array(opened.length - 32);
  verifyInput.set(opened.subarray(0, opened.length - 64));
  verifyInput.set(bob.x25519.publicKey, opened.length - 64);
  return {
    alice,
    bob,
    content,
    timestamp,
    sealed,
    sig: opened.slice(opened.length - 64),
    verifyInput,
    signInput: new Uint8Array(padded.length + 64),
    inner: new Uint8Array(padded.length + 96),
    wire: wrapOneToOne(alice, bob.sessionId, content, timestamp),
  };
}

function each(backends: readonly CryptoBackend[], make: (b: CryptoBackend) => Record<string, () => void>) {
  return backends.flatMap((b) =>
    Object.entries(make(b)).map(([figure, fn]): Contender => ({
      key: `${b.name}.${figure}`,
      backend: b,
      fn,
    })),
  );
}

function ratio(a: number, b: number): number {
  return Number((a / b).toFixed(3));
}

/**
 * Reports `figure` and its physical counterpart `raw` per backend (wall and CPU rates), the ratio
 * figure/raw per backend, and native/wasm for both; ratios from CPU time.
 */
function reportPair(m: Map<string, Rate>, figure: string, raw: string, names: readonly BackendName[]): void {
  const get = (n: string, f: string) => m.get(`${n}.${f}`)!;
  for (const n of names) {
    for (const f of [raw, figure]) {
      report(`protocol.${n}.${f}_ops_per_s`, get(n, f).wall, 'ops/s');
      report(`protocol.${n}.${f}_ops_per_cpu_s`, get(n, f).cpu, 'ops/cpu-s');
    }
    report(`protocol.${n}.${figure}_vs_raw_ratio`, ratio(get(n, figure).cpu, get(n, raw).cpu), 'ratio');
  }
  for (const f of [raw, figure]) {
    report(`protocol.native_vs_wasm.${f}_ratio`, ratio(get('native', f).cpu, get('wasm', f).cpu), 'ratio');
  }
}

/**
 * The hop crypto of a 3-layer onion alone: per layer an ephemeral X25519 agreement (on the
 * primitive the backend's onion code uses: libsodium native, OpenSSL under wasm), the HMAC that
 * keys it and AES-256-GCM over that layer's byte count. What the onion adds on top is framing.
 */
function rawOnionCrypto(b: CryptoBackend, hops: readonly Uint8Array[], sizes: readonly number[]): () => void {
  const bodies = sizes.map((n) => new Uint8Array(n));
  const symmetric = (shared: Uint8Array, body: Uint8Array) => {
    const key = createHmac('sha256', 'LOKI').update(shared).digest();
    const c = createCipheriv('aes-256-gcm', key, randomBytes(12));
    c.update(body);
    c.final();
    c.getAuthTag();
  };
  if (b.name === 'native') {
    const secret = new Uint8Array(32);
    return () => {
      hops.forEach((pub, i) => {
        randomFillSync(secret);
        b.scalarmultBase(secret);
        symmetric(b.scalarmult(secret, pub)!, bodies[i]!);
      });
    };
  }
  const keys = hops.map((pub) =>
    createPublicKey({
      key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(pub).toString('base64url') },
      format: 'jwk',
    }),
  );
  return () => {
    keys.forEach((publicKey, i) => {
      const eph = generateKeyPairSync('x25519');
      eph.publicKey.export({ format: 'jwk' });
      symmetric(diffieHellman({ privateKey: eph.privateKey, publicKey }), bodies[i]!);
    });
  };
}

/**
 * Three layers as a client builds them: the destination's payload for hop 2, then the relay wraps
 * for hops 1 and 0. `sizes[i]` is the plaintext sealed for hop i.
 */
function onionBuild(
  hops: readonly Uint8Array[],
  payload: Uint8Array,
): { build: () => void; sizes: number[] } {
  const ed = (i: number) => 'ab'.repeat(31) + String(i).padStart(2, '0');
  const sizes = [0, 0, 0];
  const build = () => {
    let plain = encodeFrame(payload, { headers: {} });
    sizes[2] = plain.length;
    let layer = sealOnionLayer('aes-gcm', hops[2]!, plain);
    for (const i of [1, 0]) {
      plain = encodeFrame(layer.ciphertext, {
        destination: ed(i + 1),
        ephemeral_key: Buffer.from(layer.ephemeralPublicKey).toString('hex'),
      });
      sizes[i] = plain.length;
      layer = sealOnionLayer('aes-gcm', hops[i]!, plain);
    }
  };
  build();
  return { build, sizes };
}

export async function run(): Promise<void> {
  await ready();
  const backends = [await loadNativeBackend(), await loadWasmBackend()];
  const names = backends.map((b) => b.name);
  const f = fixture(backends[0]!);
  report('protocol.load_average_1m', Math.round(loadavg()[0]! * 100) / 100, 'load');
  const { alice, bob } = f;

  const open = interleaved(
    each(backends, (b) => ({
      raw_open_verify: () => {
        b.boxSealOpen(f.sealed, bob.x25519.publicKey, bob.x25519.secretKey);
        b.verifyDetached(f.sig, f.verifyInput, alice.ed25519.publicKey);
      },
      unwrap: () => unwrapOneToOne(bob, f.wire),
    })),
    8000,
  );
  reportPair(open, 'unwrap', 'raw_open_verify', names);

  const wide = new Uint8Array(64);
  const seal = interleaved(
    each(backends, (b) => ({
      // What libsodium must do for a wrap: sign, seal, and the decoy proSig (r·B and a scalar).
      raw_sign_seal_decoy: () => {
        b.signDetached(f.signInput, alice.ed25519.secretKey);
        b.boxSeal(f.inner, bob.x25519.publicKey);
        b.baseMul(b.scalarReduce(randomFillSync(wide)));
        b.scalarReduce(randomFillSync(wide));
      },
      wrap: () => wrapOneToOne(alice, bob.sessionId, f.content, f.timestamp),
    })),
    8000,
  );
  reportPair(seal, 'wrap', 'raw_sign_seal_decoy', names);

  const hops = [0, 1, 2].map(() => x25519KeyPair().publicKey);
  const payload = new TextEncoder().encode(
    JSON.stringify({ method: 'retrieve', params: { pubkey: bob.sessionId } }),
  );
  const onion = onionBuild(hops, payload);
  const onionRates = interleaved(
    each(backends, (b) => ({
      raw_onion_crypto: rawOnionCrypto(b, hops, [...onion.sizes]),
      onion_build_3_layer: onion.build,
    })),
    6000,
  );
  reportPair(onionRates, 'onion_build_3_layer', 'raw_onion_crypto', names);

  // A sender never seen before pays the Ed25519→X25519 conversion (memoised per sender after).
  const strangers = Array.from({ length: 3000 }, (_, i) => {
    const seed = new Uint8Array(16);
    new DataView(seed.buffer).setUint32(0, i + 1);
    return wrapOneToOne(identityFromSeed(seed), bob.sessionId, f.content, f.timestamp);
  });
  // Each backend cycles through its own 1,500 (more than the 1,024 memoised), so every one is new.
  for (const [k, b] of backends.entries()) {
    useCryptoBackend(b);
    const own = strangers.slice(k * 1500, (k + 1) * 1500);
    let next = 0;
    const cold = opsPerSecond(() => {
      unwrapOneToOne(bob, own[next++ % own.length]!);
    }, 500);
    report(`protocol.${b.name}.unwrap_new_sender_ops_per_s`, cold, 'ops/s');
  }
  useCryptoBackend(backends[0]!);
}
