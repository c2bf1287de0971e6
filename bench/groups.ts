/**
 * Group crypto (issue 13) for a 100-member group: what an admin pays to rekey after removing one
 * member and to give a new member the keys, how large the Keys message gets, how fast group
 * messages encrypt and decrypt, and what a member pays to find its key in a Keys message.
 * bench/groups-service.ts adds the service's figures over a localnet (create, remove).
 */
import { runService } from './groups-service';
import { opsPerSecond, percentile, report } from './report';
import { fromHex } from '../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../electron/core/crypto/identity';
import { ready } from '../electron/core/crypto/sodium';
import { zstdReady } from '../electron/core/protocol/config/zstd';
import { encodeContent } from '../electron/core/protocol/content-codec';
import { encodeEnvelope, EnvelopeType } from '../electron/core/protocol/envelope';
import { GroupKeys, groupKeyPairFromSeed } from '../electron/core/protocol/groups/index';

const MEMBERS = 100;

function identity(i: number): Identity {
  const seed = new Uint8Array(32);
  new DataView(seed.buffer).setUint32(0, i + 1);
  return identityFromSeed(seed);
}

/** Median milliseconds of `runs` calls of `fn`. */
function medianMs(fn: () => void, runs = 30): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return Number(percentile(samples, 50).toFixed(2));
}

export async function run(): Promise<void> {
  await Promise.all([ready(), zstdReady()]);
  const group = groupKeyPairFromSeed(
    fromHex('0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210'),
  );
  const admin = identity(0);
  const people = Array.from({ length: MEMBERS }, (_, i) => identity(i));
  const roster = people.map((p) => p.sessionId);
  const keys = GroupKeys.create({
    userEd25519SecretKey: admin.ed25519.secretKey,
    group: group.groupId,
    groupSecretKey: group.secretKey,
  });
  const full = keys.rekey(roster);
  keys.loadKeyMessage('h0', full, Date.now());
  report('groups.keys_message_bytes_100_members', full.length, 'bytes');

  const afterRemoval = roster.slice(1);
  report(
    'groups.rekey_after_removal_ms',
    medianMs(() => keys.rekey(afterRemoval)),
    'ms',
  );
  keys.loadKeyMessage('h1', keys.rekey(afterRemoval), Date.now());

  const newcomer = identity(MEMBERS).sessionId;
  report(
    'groups.key_supplement_one_member_ms',
    medianMs(() => keys.keySupplement([newcomer])),
    'ms',
  );

  // The last member in sorted order tries (on average) as many copies as anyone.
  const last = people.reduce((a, b) => (a.sessionId > b.sessionId ? a : b));
  report(
    'groups.member_load_keys_message_ms',
    medianMs(() => {
      const mine = GroupKeys.create({ userEd25519SecretKey: last.ed25519.secretKey, group: group.groupId });
      mine.loadKeyMessage('h0', full, Date.now());
    }),
    'ms',
  );

  // A typical short text message, as the Envelope the sender encrypts.
  const T = 1_700_000_000_000;
  const content = encodeContent({
    dataMessage: { body: 'Hello group, how is everyone today?' },
    sigTimestamp: T,
  });
  const envelope = encodeEnvelope({
    type: EnvelopeType.CLOSED_GROUP_MESSAGE,
    timestamp: T,
    sourceDevice: 1,
    content,
  });
  const member = GroupKeys.create({ userEd25519SecretKey: last.ed25519.secretKey, group: group.groupId });
  member.loadKeyMessage('h0', full, T);
  const sender = GroupKeys.create({
    userEd25519SecretKey: people[1]!.ed25519.secretKey,
    group: group.groupId,
  });
  sender.loadKeyMessage('h0', full, T);
  report(
    'groups.encrypt_message_ops_per_s',
    opsPerSecond(() => sender.encryptMessage(envelope)),
    'ops/s',
  );
  const ciphertext = sender.encryptMessage(envelope);
  report(
    'groups.decrypt_message_ops_per_s',
    opsPerSecond(() => member.decryptMessage(ciphertext)),
    'ops/s',
  );
  await runService();
}
