/**
 * Devices for config-sync tests: messaging's harness (real store, session host, localnet) with
 * the config-sync module added, short push delays, and waits on what a device's events report.
 */
import { randomBytes } from 'node:crypto';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import type { NetworkProfile } from '../../../../electron/core/network';
import {
  configSyncModule,
  type ConfigSyncService,
} from '../../../../electron/core/services/config-sync/config-sync-service';
import { openStore } from '../../../../electron/core/store';
import { tempDir } from '../../store/helpers';
import { openDevice, type Device, type DeviceOptions } from '../../../support/messaging-device';

export interface SyncDevice extends Device {
  readonly sync: ConfigSyncService;
}

/** A device with config sync; `name: null` makes its account without a display name (a restore). */
export async function openSyncDevice(
  ln: { readonly profile: NetworkProfile } | undefined,
  opts: Omit<DeviceOptions, 'name' | 'modules'> & { readonly name?: string | null } = {},
): Promise<SyncDevice> {
  const seed = opts.seed ?? new Uint8Array(randomBytes(16));
  let dir = opts.dir;
  let cleanup: (() => void) | undefined;
  const key = opts.key ?? new Uint8Array(randomBytes(32));
  if (opts.name === null && !dir) {
    const made = tempDir('shallot-sync-');
    dir = made.dir;
    cleanup = made.cleanup;
    const store = openStore({ dataDir: dir, key });
    store.write((tx) =>
      store.accounts.create(tx, {
        sessionId: identityFromSeed(seed).sessionId,
        seed: new Uint8Array(seed),
        displayName: null,
        createdAt: Date.now(),
      }),
    );
    store.close();
  }
  const { name, ...rest } = opts;
  const device = await openDevice(ln, {
    ...rest,
    seed,
    key,
    ...(dir ? { dir } : {}),
    ...(typeof name === 'string' ? { name } : {}),
    modules: [configSyncModule],
  });
  const sync = device.modules.get(configSyncModule);
  sync.pushDelayMs = 20;
  return {
    ...device,
    sync,
    async close() {
      await device.close();
      cleanup?.();
    },
  };
}

const WATCHED = ['conversations.changed', 'messages.changed', 'profile.changed', 'sync.progress'] as const;

/** Resolves once `pred` holds: checked now and after each change `d` reports. */
export function untilSynced(d: Device, pred: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (pred()) return resolve();
    const offs = WATCHED.map((e) =>
      d.events.on(e, () => {
        if (!pred()) return;
        for (const off of offs) off();
        resolve();
      }),
    );
  });
}

/** Our display name changed on `d` the way the account service changes it: UserProfile follows. */
export function rename(d: SyncDevice, name: string): void {
  d.store.write((tx) => {
    d.store.accounts.setDisplayName(tx, name);
    d.sync.profileChanged(tx);
  });
}
