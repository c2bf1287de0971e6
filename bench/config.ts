/**
 * The config engine with a 2,000-contact account: ms per merge of one incoming Contacts message,
 * ms per push, and bytes on the wire per namespace; then a restore of such an account over a
 * 12-node localnet (config-restore.ts).
 */
import { runRestore } from './config-restore';
import { percentile, report } from './report';
import { identityFromSeed } from '../electron/core/crypto/identity';
import { configReady, openUserConfigs, type TypedConfig } from '../electron/core/protocol/config/index';

const CONTACTS = 2000;
const ROUNDS = 40;

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function wireBytes(config: TypedConfig): { bytes: number; parts: number } {
  const { messages, seqno } = config.push();
  config.confirmPushed(
    seqno,
    messages.map((_, i) => `bench${i}`),
  );
  return { bytes: messages.reduce((n, m) => n + m.length, 0), parts: messages.length };
}

export async function run(): Promise<void> {
  await configReady();
  const me = identityFromSeed('0123456789abcdef0123456789abcdef');
  const clock = (): number => 1_700_000_000_000;
  const ids = Array.from({ length: CONTACTS }, (_, i) => {
    const seed = new Uint8Array(32);
    new DataView(seed.buffer).setUint32(0, i + 1);
    return identityFromSeed(seed).sessionId;
  });

  const a = openUserConfigs(me, { clock });
  a.profile.setName('Benchmark Account');
  a.profile.setProfilePicture({
    url: 'http://filev2.getsession.org/file/1234567890',
    key: new Uint8Array(32).fill(7),
  });
  ids.forEach((id, i) => {
    a.contacts.set(id, {
      name: `Contact ${i}`,
      approved: true,
      approvedMe: true,
      createdSeconds: 1_690_000_000 + i,
    });
    a.convos.setOneToOne(id, { lastReadMs: clock() - i * 60_000 });
  });
  for (let g = 0; g < 20; g++)
    a.groups.setGroup(`03${g.toString(16).padStart(64, '0')}`, {
      name: `Group ${g}`,
      authData: new Uint8Array(100).fill(g),
    });

  for (const [ns, config] of [
    [2, a.profile],
    [3, a.contacts],
    [4, a.convos],
    [5, a.groups],
  ] as const) {
    const { bytes, parts } = wireBytes(config);
    report(`config.wire_bytes_ns${ns}`, bytes, 'bytes');
    if (parts > 1) report(`config.wire_parts_ns${ns}`, parts, 'parts');
  }

  // A second device with the same contacts receives one change at a time.
  const b = openUserConfigs(me, { clock });
  const first = a.contacts.push();
  b.contacts.merge(first.messages.map((data, i) => ({ hash: `first${i}`, data })));
  const pushMs: number[] = [];
  const mergeMs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    a.contacts.set(ids[r % CONTACTS]!, { nickname: `Nick ${r}` });
    let push = a.contacts.push();
    pushMs.push(timed(() => (push = a.contacts.push())));
    a.contacts.confirmPushed(
      push.seqno,
      push.messages.map((_, i) => `r${r}p${i}`),
    );
    const incoming = push.messages.map((data, i) => ({ hash: `r${r}p${i}`, data }));
    mergeMs.push(timed(() => b.contacts.merge(incoming)));
  }
  if (b.contacts.get(ids[ROUNDS - 1]!)?.nickname !== `Nick ${ROUNDS - 1}`)
    throw new Error('merge lost a change');
  report('config.contacts_2000_push_p50_ms', Number(percentile(pushMs, 50).toFixed(2)), 'ms');
  report('config.contacts_2000_push_p95_ms', Number(percentile(pushMs, 95).toFixed(2)), 'ms');
  report('config.contacts_2000_merge_p50_ms', Number(percentile(mergeMs, 50).toFixed(2)), 'ms');
  report('config.contacts_2000_merge_p95_ms', Number(percentile(mergeMs, 95).toFixed(2)), 'ms');
  await runRestore();
}
