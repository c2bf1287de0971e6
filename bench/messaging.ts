/**
 * Messaging figures (issue 17), `npm run bench -- messaging`:
 * - the incoming pipeline (open + verify + classify + dedupe + store, the real inbox path) over
 *   10k messages into a store that already holds 100k, in messages/s, and its ratio to raw
 *   libsodium open + verify of the same envelopes in the same run;
 * - send latency on a 12-node localnet, sending → sent (both stores), p50/p95;
 * - stored → appearing in the recipient's store with a 1 s poll interval, p50/p95;
 * - the no-loss campaign: 1,000 messages, 10 SIGKILLs of the sender, swarm members and hops
 *   stopped around each (lost, duplicated, duration_s).
 */
import { randomBytes } from 'node:crypto';
import { identityFromSeed, type Identity } from '../electron/core/crypto/identity';
import { decryptFromSender } from '../electron/core/crypto/session-box';
import { ready } from '../electron/core/crypto/sodium';
import {
  decodeEnvelope,
  encodeMessage,
  unwrapWebSocketRequest,
  wrapOneToOne,
} from '../electron/core/protocol';
import { tryFromBase64 } from '../electron/core/crypto/bytes';
import type { PolledMessage } from '../electron/core/network';
import { openConversation } from '../electron/core/services/messaging/conversation-actions';
import { sendMessage } from '../electron/core/services/messaging/send-actions';
import { startLocalnet } from '../localnet/index';
import { runCampaign } from '../test/support/messaging-campaign';
import { openDevice, until, untilState, type Device } from '../test/support/messaging-device';
import { percentile, report } from './report';

const PREFILL = 100_000;
const INCOMING = 10_000;
const BATCH = 100;
const SENDERS = 50;

function prefill(d: Device): void {
  const { store } = d;
  const peers = Array.from(
    { length: 100 },
    () => identityFromSeed(new Uint8Array(randomBytes(16))).sessionId,
  );
  const now = Date.now() - 86_400_000;
  for (let chunk = 0; chunk < PREFILL; chunk += 10_000) {
    store.write((tx) => {
      for (let i = chunk; i < chunk + 10_000; i++) {
        const peer = peers[i % peers.length]!;
        if (i < peers.length) store.conversations.ensure(tx, { id: peer, kind: 'direct', now });
        store.messages.insert(tx, {
          conversationId: peer,
          sender: peer,
          outgoing: false,
          sentAt: now + i,
          receivedAt: now + i,
          body: `filler message number ${i} with some words in it`,
          state: 'read',
          serverHash: `prefill-${i}`,
        });
      }
    });
  }
}

function envelopes(to: Identity): PolledMessage[] {
  const senders = Array.from({ length: SENDERS }, () => identityFromSeed(new Uint8Array(randomBytes(16))));
  const t0 = Date.now() - 60_000;
  return Array.from({ length: INCOMING }, (_, i) => {
    const t = t0 + i;
    const from = senders[i % SENDERS]!;
    const data = wrapOneToOne(
      from,
      to.sessionId,
      encodeMessage({ kind: 'visible', sentAtMs: t, body: `hello ${i}` }),
      t,
    );
    return {
      hash: `in-${i}`,
      data: tryFromBase64(data)!,
      timestampMs: t,
      expiresMs: t + 86_400_000,
      pubkey: to.sessionId,
      namespace: 0,
    };
  });
}

async function incomingPipeline(): Promise<void> {
  const device = await openDevice(undefined);
  try {
    prefill(device);
    const keys = device.host.current()!.identity.keys;
    const batch = envelopes(keys);
    let started = performance.now();
    for (const m of batch) decryptFromSender(keys, decodeEnvelope(unwrapWebSocketRequest(m.data)).content);
    const raw = INCOMING / ((performance.now() - started) / 1000);
    const inbox = device.messaging.ownSwarm();
    started = performance.now();
    for (let i = 0; i < batch.length; i += BATCH) {
      await inbox.deliver({ messages: batch.slice(i, i + BATCH), commit: () => undefined });
    }
    const piped = INCOMING / ((performance.now() - started) / 1000);
    const stored = device.messaging.stats().applied;
    if (stored !== INCOMING) throw new Error(`the pipeline applied ${stored} of ${INCOMING}`);
    report('messaging.incoming_msgs_per_s', Math.round(piped), 'msg/s');
    report('messaging.raw_open_verify_per_s', Math.round(raw), 'msg/s');
    report('messaging.incoming_ratio_to_raw', Number((piped / raw).toFixed(2)), 'ratio');
  } finally {
    await device.close();
  }
}

async function latencies(): Promise<void> {
  const ln = await startLocalnet({ nodes: 12, swarmSize: 5 });
  const [alice, bob] = await Promise.all([openDevice(ln), openDevice(ln, { pollMs: 1_000 })]);
  try {
    await openConversation(alice.messaging.current(), bob.sessionId);
    const send: number[] = [];
    const appear: number[] = [];
    for (let i = 0; i < 60; i++) {
      // A send at a random phase of the receiver's 1 s poll cycle (a fixed phase would measure it).
      await new Promise((r) => setTimeout(r, Math.random() * 1_000));
      const started = performance.now();
      const m = sendMessage(alice.messaging.current(), { conversationId: bob.sessionId, body: `ping ${i}` });
      await untilState(alice, m.id, 'sent');
      const sentAt = performance.now();
      send.push(sentAt - started);
      await until(
        bob,
        () => bob.store.chat.byIdentity(bob.store.read, alice.sessionId, m.sentAt) !== undefined,
      );
      appear.push(performance.now() - sentAt);
    }
    report('messaging.send_latency_p50_ms', Math.round(percentile(send, 50)), 'ms');
    report('messaging.send_latency_p95_ms', Math.round(percentile(send, 95)), 'ms');
    report('messaging.store_to_appear_1s_poll_p50_ms', Math.round(percentile(appear, 50)), 'ms');
    report('messaging.store_to_appear_1s_poll_p95_ms', Math.round(percentile(appear, 95)), 'ms');
  } finally {
    await Promise.all([alice.close(), bob.close()]);
    await ln.close();
  }
}

async function campaign(): Promise<void> {
  const ln = await startLocalnet({ nodes: 12, swarmSize: 5 });
  try {
    const r = await runCampaign(ln, { count: 1_000, kills: 10, seed: 1 });
    report('messaging.campaign_lost', r.lost, 'messages');
    report('messaging.campaign_duplicated', r.duplicated, 'messages');
    report('messaging.campaign_not_sent', r.notSent, 'messages');
    report('messaging.campaign_duration_s', Math.round(r.durationMs / 100) / 10, 's');
  } finally {
    await ln.close();
  }
}

export async function run(): Promise<void> {
  await ready();
  await incomingPipeline();
  await latencies();
  await campaign();
}
