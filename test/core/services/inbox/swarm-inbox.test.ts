/**
 * The swarm inbox seam: a second namespace registered on the own swarm (as config sync will) is
 * asked in the same rounds and applied in the same transaction as messaging's namespace 0 —
 * higher priority first, the cursor committed last, `committed` only after the commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolledMessage } from '../../../../electron/core/network';
import { defineSetting, isString } from '../../../../electron/core/store';
import { openDevice, type Device } from '../../../support/messaging-device';

let device: Device;
beforeAll(async () => {
  device = await openDevice(undefined);
});
afterAll(async () => {
  await device.close();
});

const MARK = defineSetting<string>('test.ns2', '', isString);

function polled(namespace: number, hash: string): PolledMessage {
  return {
    hash,
    data: new Uint8Array([1, 2, 3]),
    timestampMs: 1,
    expiresMs: 2,
    pubkey: device.sessionId,
    namespace,
  };
}

describe('SwarmInbox', () => {
  it('applies every registered namespace of a round in one transaction, by priority', async () => {
    const inbox = device.messaging.ownSwarm();
    const seen: string[] = [];
    inbox.registerNamespace(
      2,
      {
        prepare: (msgs) => msgs.map((m) => m.hash),
        apply: (tx, hashes) => {
          seen.push(`apply 2: ${hashes.join(',')}`);
          device.store.settings.set(tx, MARK, hashes.join(','));
          return hashes.length;
        },
        committed: (n) => seen.push(`committed 2: ${n}`),
      },
      { priority: 1 },
    );
    expect(inbox.namespaces()).toEqual([2, 0]);
    expect(() => inbox.registerNamespace(2, { prepare: () => 0, apply: () => 0 })).toThrow(
      /registered already/,
    );

    await inbox.deliver({
      messages: [polled(0, 'a'), polled(2, 'b'), polled(2, 'c')],
      commit: (tx) => {
        // The cursor goes last, inside the same transaction as every namespace's rows.
        seen.push(`commit: ${device.store.settings.get(tx, MARK)}`);
      },
    });
    expect(seen).toEqual(['apply 2: b,c', 'commit: b,c', 'committed 2: 2']);
    // Namespace 0's garbage was messaging's to count: dropped, not applied.
    expect(device.messaging.stats().dropped).toEqual({ 'envelope-malformed': 1 });
  });

  it('commits nothing of a round whose cursor cannot be written', async () => {
    const inbox = device.messaging.ownSwarm();
    await expect(
      inbox.deliver({
        messages: [polled(2, 'd')],
        commit: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(device.store.settings.get(device.store.read, MARK)).toBe('b,c');
  });
});
