/**
 * The no-loss campaign of issue 17: a sending process (messaging-sender-child.ts) queues COUNT
 * messages to a receiver while it is SIGKILLed at seeded random moments and restarted, and a
 * member of the receiver's swarm and another node (a path hop) are stopped around each kill.
 * Reports what the receiver ended with. The CI test runs a short form, bench/messaging.ts the
 * full 1,000 messages / 10 kills. Waits on the child's output lines and store events, never time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { identityFromSeed } from '../../electron/core/crypto/identity';
import { openStore } from '../../electron/core/store';
import type { Localnet } from '../../localnet/index';
import { tempDir } from '../core/store/helpers';
import { allMessages, openDevice, until } from './messaging-device';

export interface CampaignResult {
  readonly count: number;
  /** Bodies the receiver lacks. */
  readonly lost: number;
  /** Rows beyond one per body on the receiver. */
  readonly duplicated: number;
  /** Sender rows not `sent` at the end. */
  readonly notSent: number;
  /** Receiver's bodies, in the conversation's (sent-time) order. */
  readonly received: readonly string[];
  readonly durationMs: number;
}

/** A small seeded generator (mulberry32): the same kill points and faults on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Child {
  readonly proc: ChildProcess;
  readonly lines: AsyncIterator<string>;
  readonly exited: Promise<number | null>;
}

function startSender(env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/support/messaging-sender-child.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

export async function runCampaign(
  ln: Localnet,
  opts: { count: number; kills: number; seed: number },
): Promise<CampaignResult> {
  const started = performance.now();
  const random = seeded(opts.seed);
  const receiver = await openDevice(ln, { pollMs: 100 });
  const { dir, cleanup } = tempDir('shallot-campaign-');
  const key = new Uint8Array(randomBytes(32));
  const seed = new Uint8Array(randomBytes(16));
  const sender = identityFromSeed(seed).sessionId;
  const env = {
    PROFILE: ln.profilePath,
    DATA_DIR: dir,
    KEY_HEX: Buffer.from(key).toString('hex'),
    SEED_HEX: Buffer.from(seed).toString('hex'),
    COUNT: String(opts.count),
    TO: receiver.sessionId,
  };
  const swarm = ln.swarmFor(receiver.sessionId);
  const others = ln.nodes.filter((n) => !swarm.includes(n));
  try {
    for (let k = 0; k < opts.kills; k++) {
      const at = Math.floor(((k + random()) * opts.count) / (opts.kills + 1));
      const child = startSender(env);
      const member = swarm[Math.floor(random() * swarm.length)]!;
      const hop = others[Math.floor(random() * others.length)]!;
      await untilLine(child, (l) => l === `queued ${Math.max(0, at - 5)}` || l === 'all-sent');
      await ln.faults.stopNode(member.index);
      await ln.faults.stopNode(hop.index);
      await untilLine(child, (l) => l === `queued ${at}` || l === 'all-sent');
      child.proc.kill('SIGKILL');
      await child.exited;
      await ln.faults.startNode(member.index);
      await ln.faults.startNode(hop.index);
    }
    const last = startSender(env);
    await untilLine(last, (l) => l === 'all-sent');
    await last.exited;

    const store = openStore({ dataDir: dir, key });
    const sent = allMessages(store, receiver.sessionId);
    store.close();
    const rows = () => allMessages(receiver.store, sender);
    await until(receiver, () => new Set(rows().map((m) => m.body)).size >= opts.count);
    const received = rows()
      .reverse()
      .map((m) => m.body ?? '');
    const distinct = new Set(received);
    return {
      count: opts.count,
      lost: opts.count - distinct.size,
      duplicated: received.length - distinct.size,
      notSent: sent.filter((m) => m.state !== 'sent').length,
      received,
      durationMs: performance.now() - started,
    };
  } finally {
    await receiver.close();
    cleanup();
  }
}
