/**
 * No message lost or duplicated while the sending process is SIGKILLed at (seeded) random moments
 * and restarted, and swarm members and path hops are stopped and restarted meanwhile: every
 * message ends `sent` on the sender and exactly once, in sent-time order, on the receiver. The
 * CI-sized form of the 1,000-message / 10-kill campaign (bench/messaging.ts runs that).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { runCampaign } from '../../../support/messaging-campaign';

const COUNT = 60;
const KILLS = 3;

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(10);
});
afterAll(async () => {
  await ln.close();
});

describe('sending through crashes and dead nodes', () => {
  it(`delivers ${COUNT} messages exactly once through ${KILLS} SIGKILLs and node faults`, async () => {
    const r = await runCampaign(ln, { count: COUNT, kills: KILLS, seed: 17 });
    expect({ lost: r.lost, duplicated: r.duplicated, notSent: r.notSent }).toEqual({
      lost: 0,
      duplicated: 0,
      notSent: 0,
    });
    // The conversation, ordered by sent time, is the order of sending.
    expect(r.received).toEqual(Array.from({ length: COUNT }, (_, i) => `m-${i}`));
  }, 120_000);
});
