import { identityFromSeed, type Identity } from '../../../electron/core/crypto/identity';
import type { SessionId } from '../../../electron/core/crypto/ids';
import { ready } from '../../../electron/core/crypto/sodium';
import {
  openNetwork,
  type OpenNetworkOptions,
  type SessionNetwork,
} from '../../../electron/core/network/index';
import type { NetworkStatus } from '../../../electron/core/network/status';
import { accountAuth, type SwarmAuth } from '../../../electron/core/network/swarm-auth';
import { MemoryStateStore } from '../../support/memory-network-state';
import { startLocalnet, type Localnet } from '../../../localnet/index';

/** Short timeouts so fault tests finish in seconds; the real defaults are desktop's. */
export const FAST: Omit<OpenNetworkOptions, 'profile' | 'state'> = {
  timeouts: { rpcMs: 2_000, fileMs: 4_000, probeMs: 1_000, offlineRetryMs: 100, seedMs: 2_000 },
  retry: { maxAttempts: 8, backoffMs: 5, offlineWaitMs: 30_000 },
  seedBackoffMs: 20,
  pollIntervalMs: 50,
};

export async function localnet(nodes = 10): Promise<Localnet> {
  await ready();
  return startLocalnet({ nodes, swarmSize: 5 });
}

/** A network over `ln` with fast timeouts and (unless given) its state in memory. */
export function open(ln: Localnet, extra: Partial<OpenNetworkOptions> = {}): Promise<SessionNetwork> {
  return openNetwork({ profile: ln.profile, state: new MemoryStateStore(), ...FAST, ...extra });
}

export interface TestAccount {
  readonly sessionId: SessionId;
  readonly identity: Identity;
  /** What the network layer is given to sign for this account's swarm. */
  readonly auth: SwarmAuth;
}

let counter = 1;
/** A fresh account per test so tests never see each other's messages. */
export function freshAccount(): TestAccount {
  const seed = new Uint8Array(16);
  new DataView(seed.buffer).setUint32(0, (process.pid << 8) + counter++);
  seed[15] = Math.floor(Math.random() * 256);
  const identity = identityFromSeed(seed);
  return { sessionId: identity.sessionId, identity, auth: accountAuth(identity) };
}

/** Resolves with the first status event that satisfies `pred`. */
export function waitForStatus(
  net: SessionNetwork,
  pred: (s: NetworkStatus) => boolean,
): Promise<NetworkStatus> {
  return new Promise((resolve) => {
    if (pred(net.status())) {
      resolve(net.status());
      return;
    }
    const off = net.on('status', (s) => {
      if (pred(s)) {
        off();
        resolve(s);
      }
    });
  });
}

export function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}
