/**
 * Messages older than a removal a config records are dropped (issue 12; desktop
 * `shouldDropIncomingPrivateMessage`): a one-to-one message sent more than 2 minutes before the
 * newest Contacts merged from another device, whose contact that config lacks or hides; for Note
 * to Self, UserProfile's time and priority. A real store and config-sync module (offline).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import type { SessionId } from '../../../../electron/core/crypto/ids';
import {
  dropOlderThanRemoval,
  OLDER_THAN_CONFIG,
} from '../../../../electron/core/services/config-sync/drop-rule';
import { openSyncDevice, type SyncDevice } from './harness';

let device: SyncDevice;
const MERGED_AT = 1_800_000_000_000;
const id = (n: number) => identityFromSeed(new Uint8Array(16).fill(n)).sessionId;
let KEPT: SessionId, HIDDEN_ONE: SessionId, UNKNOWN: SessionId;

beforeAll(async () => {
  device = await openSyncDevice(undefined, { name: 'Alice' });
  [KEPT, HIDDEN_ONE, UNKNOWN] = [id(1), id(2), id(3)];
  device.store.write((tx) => {
    device.sync.edit(tx, 3, (c) => {
      c.set(KEPT, { approved: true });
      c.set(HIDDEN_ONE, { approved: true, priority: -1 });
    });
    device.sync.edit(tx, 2, (p) => p.setNoteToSelfPriority(-1));
  });
});
afterAll(async () => {
  await device.close();
});

function verdict(conversation: SessionId, sentAtMs: number): string | undefined {
  return device.store.write((tx) =>
    dropOlderThanRemoval(device.sync.current(), tx, { conversation, sentAtMs, fromSelf: false }),
  );
}

describe('the drop rule', () => {
  it('keeps everything while no config came from another device', () => {
    expect(verdict(HIDDEN_ONE, 0)).toBeUndefined();
    expect(verdict(UNKNOWN, 0)).toBeUndefined();
  });

  it('drops old messages of removed or hidden chats, keeps recent ones and kept chats', () => {
    device.store.write((tx) => {
      device.store.configs.recordMerged(tx, 3, MERGED_AT);
      device.store.configs.recordMerged(tx, 2, MERGED_AT);
    });
    const old = MERGED_AT - 2 * 60_000 - 1;
    const recent = MERGED_AT - 2 * 60_000 + 1;
    expect(verdict(HIDDEN_ONE, old)).toBe(OLDER_THAN_CONFIG);
    expect(verdict(UNKNOWN, old)).toBe(OLDER_THAN_CONFIG);
    expect(verdict(KEPT, old)).toBeUndefined();
    expect(verdict(HIDDEN_ONE, recent)).toBeUndefined();
    expect(verdict(UNKNOWN, recent)).toBeUndefined();
    // Note to Self by UserProfile: hidden there.
    expect(verdict(device.sessionId, old)).toBe(OLDER_THAN_CONFIG);
    expect(verdict(device.sessionId, recent)).toBeUndefined();
  });
});
