/**
 * A computer clock 5 minutes off on one side (§11.1): messages are still stamped with network
 * time, both ways, and nothing is rejected by the nodes or the receiver's future-time check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation } from '../../../../electron/core/services/messaging/conversation-actions';
import { sendMessage } from '../../../../electron/core/services/messaging/send-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { openDevice, until, untilState } from '../../../support/messaging-device';

const FIVE_MINUTES = 5 * 60_000;

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(6);
});
afterAll(async () => {
  await ln.close();
});

describe('a clock 5 minutes off', () => {
  it.each([FIVE_MINUTES, -FIVE_MINUTES])(
    'stamps network time and is accepted both ways (skew %i ms)',
    async (skew) => {
      const [skewed, normal] = await Promise.all([
        openDevice(ln, { network: { clock: () => Date.now() + skew } }),
        openDevice(ln),
      ]);
      try {
        await openConversation(skewed.messaging.current(), normal.sessionId);
        await openConversation(normal.messaging.current(), skewed.sessionId);
        const out = sendMessage(skewed.messaging.current(), {
          conversationId: normal.sessionId,
          body: 'skewed',
        });
        expect(Math.abs(out.sentAt - Date.now())).toBeLessThan(30_000);
        await untilState(skewed, out.id, 'sent');
        await until(
          normal,
          () => normal.store.chat.byIdentity(normal.store.read, skewed.sessionId, out.sentAt) !== undefined,
        );
        const back = sendMessage(normal.messaging.current(), {
          conversationId: skewed.sessionId,
          body: 'back',
        });
        await untilState(normal, back.id, 'sent');
        await until(
          skewed,
          () => skewed.store.chat.byIdentity(skewed.store.read, normal.sessionId, back.sentAt) !== undefined,
        );
        // Nothing refused: the only drop allowed is our own sync copy polled back before it was marked seen.
        const refused = (d: Record<string, number>) => Object.keys(d).filter((r) => r !== 'duplicate');
        expect(refused(skewed.messaging.stats().dropped)).toEqual([]);
        expect(refused(normal.messaging.stats().dropped)).toEqual([]);
      } finally {
        await Promise.all([skewed.close(), normal.close()]);
      }
    },
  );
});
