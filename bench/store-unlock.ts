/**
 * Unlock figures for `npm run bench -- store`: opening a password vault (Argon2id, then the key's
 * XChaCha20-Poly1305 unwrap, file read included) beside its physical counterpart, the bare
 * Argon2id derivation at the same cost, on both libsodium backends in the same run, at libsodium's
 * MODERATE cost and at the vault's own default. Rounds alternate backend and kind (and which kind
 * goes first) so the shared machine's load hits all alike; each figure is the median of its
 * rounds. The event-loop stall is the longest gap a 5 ms timer saw during the unlock: what every
 * other core call waits meanwhile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CryptoBackend } from '../electron/core/crypto/backend/backend';
import { useCryptoBackend } from '../electron/core/crypto/sodium';
import { createVault, unlockVault } from '../electron/core/store/vault';
import { DEFAULT_KDF_LIMITS, passwordBytes, type KdfLimits } from '../electron/core/store/vault/kdf';
import { percentile, report } from './report';

const ROUNDS = 4;
const PASSWORD = 'a bench password';

async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  clearInterval(tick);
  stallMs = Math.max(stallMs, performance.now() - last);
  return { ms, stallMs };
}

const median = (xs: number[]) => Math.round(percentile(xs, 50));

async function level(name: string, limits: KdfLimits, backends: readonly CryptoBackend[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shallot-bench-unlock-'));
  try {
    await createVault(dir, { kind: 'password', password: PASSWORD, limits });
    const salt = new Uint8Array(16).fill(1);
    const raw = new Map<string, number[]>();
    const unlock = new Map<string, number[]>();
    const stall = new Map<string, number[]>();
    const push = (m: Map<string, number[]>, k: string, v: number) => m.set(k, [...(m.get(k) ?? []), v]);
    for (let r = 0; r < ROUNDS; r++) {
      for (const b of backends) {
        const bare = () => b.argon2id(32, passwordBytes(PASSWORD), salt, limits.opslimit, limits.memlimit);
        const open = () => {
          useCryptoBackend(b);
          return unlockVault(dir, { password: PASSWORD });
        };
        // Which of the two goes first alternates (unlock first in round 0, for the first-unlock figure).
        for (const kind of r % 2 === 0 ? ['unlock', 'raw'] : ['raw', 'unlock']) {
          const t = await timed(kind === 'raw' ? bare : open);
          push(kind === 'raw' ? raw : unlock, b.name, t.ms);
          if (kind === 'unlock') push(stall, b.name, t.stallMs);
        }
      }
    }
    for (const b of backends) {
      report(`store.${b.name}.argon2id_${name}_ms`, median(raw.get(b.name)!), 'ms');
      report(`store.${b.name}.unlock_${name}_ms`, median(unlock.get(b.name)!), 'ms');
      // The first unlock of the process: what a user waits at start-up (fresh wasm heap growth).
      report(`store.${b.name}.unlock_${name}_first_ms`, Math.round(unlock.get(b.name)![0]!), 'ms');
      const ratio = percentile(raw.get(b.name)!, 50) / percentile(unlock.get(b.name)!, 50);
      report(`store.${b.name}.unlock_${name}_vs_raw_ratio`, Number(ratio.toFixed(3)), 'ratio');
      report(`store.${b.name}.unlock_${name}_event_loop_stall_ms`, median(stall.get(b.name)!), 'ms');
    }
    const speedup = percentile(unlock.get('wasm')!, 50) / percentile(unlock.get('native')!, 50);
    report(`store.native_vs_wasm.unlock_${name}_ratio`, Number(speedup.toFixed(3)), 'ratio');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `backends` in the order native, wasm; leaves the first active. */
export async function measureUnlock(backends: readonly CryptoBackend[]): Promise<void> {
  const { opslimit, memlimit } = backends[0]!.pwhashLimits.moderate;
  // The vault's own cost first, so its first unlock meets a process that has derived nothing yet.
  await level('vault_default', DEFAULT_KDF_LIMITS, backends);
  await level('moderate', { opslimit, memlimit }, backends);
  useCryptoBackend(backends[0]!);
}
