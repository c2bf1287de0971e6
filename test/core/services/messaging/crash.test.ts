/**
 * No message lost or duplicated while the sending process is SIGKILLed at (seeded) random moments
 * and restarted, and swarm members and path hops are stopped and restarted meanwhile: every
 * message ends `sent` on the sender and exactly once, in sent-time order, on the receiver. The
 * CI-sized form of the 1,000-message / 10-kill campaign (bench/messaging.ts runs that).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import { openStore } from '../../../../electron/core/store';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { tempDir } from '../../store/helpers';
import { openDevice, until, type Device } from './harness';

const COUNT = 60;
const KILLS = 3;

/** A small seeded generator (mulberry32): the same kill points and faults on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(10);
});
afterAll(async () => {
  await ln.close();
});

interface Child {
  readonly proc: ChildProcess;
  /** Resolves with the line index when `queued <n>` (or `all-sent`, as Infinity) is printed. */
  readonly lines: AsyncIterator<string>;
  readonly exited: Promise<number | null>;
}

function startSender(env: Record<string, string>): Child {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/core/services/messaging/fixtures/sender-child.ts'],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const rl = createInterface({ input: proc.stdout });
  return {
    proc,
    lines: rl[Symbol.asyncIterator](),
    exited: new Promise((resolve) => proc.once('exit', (code) => resolve(code))),
  };
}

async function untilLine(c: Child, pred: (line: string) => boolean): Promise<boolean> {
  for (;;) {
    const next = await c.lines.next();
    if (next.done) return false;
    if (pred(next.value)) return true;
  }
}

describe('sending through crashes and dead nodes', () => {
  it(`delivers ${COUNT} messages exactly once through ${KILLS} SIGKILLs and node faults`, async () => {
    const random = seeded(17);
    const receiver: Device = await openDevice(ln, { pollMs: 100 });
    const { dir, cleanup } = tempDir('shallot-crash-');
    const key = new Uint8Array(randomBytes(32));
    const seed = new Uint8Array(randomBytes(16));
    const sender = identityFromSeed(seed).sessionId;
    const env = {
      PROFILE: ln.profilePath,
      DATA_DIR: dir,
      KEY_HEX: Buffer.from(key).toString('hex'),
      SEED_HEX: Buffer.from(seed).toString('hex'),
      COUNT: String(COUNT),
      TO: receiver.sessionId,
    };
    const killAt = Array.from({ length: KILLS }, (_, k) =>
      Math.floor(((k + random()) * COUNT) / (KILLS + 1)),
    );
    const swarm = ln.swarmFor(receiver.sessionId);
    try {
      for (const [round, at] of killAt.entries()) {
        const child = startSender(env);
        // A fault for this round: one member of the receiver's swarm and one other node go down.
        const member = swarm[Math.floor(random() * swarm.length)]!;
        const others = ln.nodes.filter((n) => !swarm.includes(n));
        const hop = others[Math.floor(random() * others.length)]!;
        await untilLine(child, (l) => l === `queued ${Math.max(0, at - 5)}`);
        await ln.faults.stopNode(member.index);
        await ln.faults.stopNode(hop.index);
        await untilLine(child, (l) => l === `queued ${at}` || l === 'all-sent');
        child.proc.kill('SIGKILL');
        await child.exited;
        await ln.faults.startNode(member.index);
        await ln.faults.startNode(hop.index);
        expect(round).toBeLessThan(KILLS);
      }
      const last = startSender(env);
      expect(await untilLine(last, (l) => l === 'all-sent')).toBe(true);
      await last.exited;

      const store = openStore({ dataDir: dir, key });
      const sent = store.messages.page(store.read, receiver.sessionId, { limit: 500 });
      store.close();
      expect(sent).toHaveLength(COUNT);
      expect(sent.every((m) => m.state === 'sent')).toBe(true);

      const bodies = () =>
        receiver.store.messages.page(receiver.store.read, sender, { limit: 500 }).map((m) => m.body);
      await until(receiver, () => bodies().length >= COUNT);
      const got = receiver.store.messages.page(receiver.store.read, sender, { limit: 500 }).reverse();
      // 0 lost, 0 duplicated, and the conversation (ordered by sent time) in the order of sending.
      expect(got.map((m) => m.body)).toEqual(Array.from({ length: COUNT }, (_, i) => `m-${i}`));
    } finally {
      await receiver.close();
      cleanup();
    }
  }, 120_000);
});
