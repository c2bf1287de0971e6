/**
 * Every import zone of eslint.config.js, proven: a probe that crosses it is reported, and a probe
 * that keeps to it is clean. A rule nobody tests is a comment.
 */
import { describe, expect, it } from 'vitest';
import { findings } from './probe';

const ZONES = 'shallot/import-zones';
const zoneErrors = (path: string, code: string) => findings(ZONES, path, code);

/** [probe path, import line, zone named in the message] — each must be refused. */
const REFUSED: [string, string, string][] = [
  // The bridge: only zod and itself.
  ['electron/bridge/probe.ts', "import { ShallotError } from '../core/errors';", 'bridge'],
  ['electron/bridge/probe.ts', "import { readFileSync } from 'node:fs';", 'bridge'],
  ['electron/bridge/probe.ts', "import { EventEmitter } from 'events';", 'bridge'],
  ['electron/bridge/methods/probe.ts', "import WebSocket from 'ws';", 'bridge'],
  // The core never imports electron or a host, and each layer only the ones below it.
  ['electron/core/crypto/probe.ts', "import { app } from 'electron';", 'core/crypto'],
  ['electron/core/store/probe.ts', "import { startIpcRelay } from '../../main/ipc-relay';", 'core/store'],
  ['electron/core/services/probe.ts', "import '../../preload/preload';", 'core/services'],
  ['electron/core/api/probe.ts', "import { startWebHost } from '../../host/web-host';", 'core/api'],
  ['electron/core/api/probe.ts', "export * from '../../cli/main';", 'core/api'],
  ['electron/core/crypto/probe.ts', "import { encode } from '../protocol/bencode';", 'core/crypto'],
  ['electron/core/protocol/probe.ts', "import sodium from 'sodium-native';", 'core/protocol'],
  ['electron/core/store/vault/probe.ts', "import sodium from 'libsodium-wrappers-sumo';", 'core/store'],
  ['electron/core/protocol/probe.ts', "import { openNetwork } from '../network';", 'core/protocol'],
  ['electron/core/network/probe.ts', "import { openStore } from '../store';", 'core/network'],
  ['electron/core/store/probe.ts', "import type { NetworkError } from '../network/errors';", 'core/store'],
  ['electron/core/services/probe.ts', "import { startCore } from '../api/core';", 'core/services'],
  [
    'electron/core/services/account/probe.ts',
    "import { methods } from '../../../bridge/contract';",
    'core/services',
  ],
  [
    'electron/core/store/probe.ts',
    "const m = await import('../services/settings/settings-service');",
    'core/store',
  ],
  [
    'electron/core/network/probe.ts',
    "import Database from 'better-sqlite3-multiple-ciphers';",
    'core/network',
  ],
  // Root files of the core are cross-cutting only if they are errors, log and version.
  ['electron/core/crypto/probe.ts', "import { x } from '../helpers';", 'core/crypto'],
  ['electron/core/helpers.ts', "import { openStore } from './store';", 'core root'],
  ['electron/core/log.ts', "import { startCore } from './api/core';", 'core root'],
  // Hosts.
  ['electron/host/probe.ts', "import { app } from 'electron';", 'host'],
  ['electron/host/probe.ts', "import { App } from '../../src/app/App';", 'host'],
  ['electron/host/browser/probe.ts', "import { readFileSync } from 'node:fs';", 'host/browser'],
  ['electron/host/browser/probe.ts', "import { startCore } from '../../core/api/core';", 'host/browser'],
  ['electron/main/probe.ts', "import { startCore } from '../core/api/core';", 'main'],
  ['electron/preload/probe.ts', "import { readFileSync } from 'node:fs';", 'preload'],
  ['electron/cli/probe.ts', "import { app } from 'electron';", 'cli'],
  // The renderer: types from the bridge only, no Node (bare names too), no localnet, no electron.
  ['src/stores/probe.ts', "import { methods } from '../../electron/bridge/contract';", 'renderer'],
  ['src/stores/probe.ts', "import { type ShallotBridge } from '../../electron/bridge/contract';", 'renderer'],
  ['src/stores/probe.ts', "import { EventEmitter } from 'events';", 'renderer'],
  ['src/stores/probe.ts', "import { inspect } from 'util';", 'renderer'],
  ['src/stores/probe.ts', "import { join } from 'node:path';", 'renderer'],
  ['src/stores/probe.ts', "import { ipcRenderer } from 'electron';", 'renderer'],
  ['src/features/probe.tsx', "import { startLocalnet } from '../../localnet';", 'renderer'],
  ['src/stores/probe.ts', "import { startCore } from '../../electron/core/api/core';", 'renderer'],
  ['src/stores/probe.ts', "type X = import('../../electron/core/log').Logger;", 'renderer'],
  // localnet: the core's crypto and protocol only.
  ['localnet/probe.ts', "import { openNetwork } from '../electron/core/network';", 'localnet'],
  ['localnet/rpc/probe.ts', "import { openStore } from '../../electron/core/store';", 'localnet'],
  ['localnet/probe.ts', "import { methods } from '../electron/bridge/contract';", 'localnet'],
  ['localnet/probe.ts', "import sodium from 'sodium-native';", 'localnet'],
];

/** [probe path, imports] — each keeps to its zone. */
const ALLOWED: [string, string][] = [
  [
    'electron/bridge/probe.ts',
    "import { z } from 'zod';\nimport { ok } from './result';\nimport { ACCOUNT_CODES } from './errors';",
  ],
  [
    'electron/core/crypto/probe.ts',
    "import { randomBytes } from 'node:crypto';\nimport { ShallotError } from '../errors';\nimport sodium from 'libsodium-wrappers-sumo';",
  ],
  [
    'electron/core/protocol/probe.ts',
    "import { ready } from '../crypto/sodium';\nimport { createLogger } from '../log';\nimport { APP_VERSION } from '../version';",
  ],
  [
    'electron/core/network/probe.ts',
    "import { encode } from '../protocol/bencode';\nimport { request } from 'node:https';",
  ],
  [
    'electron/core/store/probe.ts',
    "import Database from 'better-sqlite3-multiple-ciphers';\nimport { toHex } from '../crypto/bytes';",
  ],
  [
    'electron/core/services/probe.ts',
    "import { openStore } from '../store';\nimport { openNetwork } from '../network';\nimport QRCode from 'qrcode';",
  ],
  [
    'electron/core/api/probe.ts',
    "import { methods } from '../../bridge/contract';\nimport { AccountService } from '../services/account/account-service';",
  ],
  ['electron/core/errors.ts', "import { createLogger } from './log';"],
  [
    'electron/host/probe.ts',
    "import { startCore } from '../core/api/core';\nimport { WebSocketServer } from 'ws';\nimport { encodeWire } from '../bridge/codec';",
  ],
  ['electron/host/browser/probe.ts', "import { createRpcClient } from '../../bridge/rpc-client';"],
  [
    'electron/main/probe.ts',
    "import { app } from 'electron';\nimport { connectWorker } from '../host/worker-client';\nimport { Worker } from 'node:worker_threads';",
  ],
  [
    'electron/preload/probe.ts',
    "import { contextBridge } from 'electron';\nimport { METHOD_NAMES } from '../bridge/names';",
  ],
  [
    'electron/cli/probe.ts',
    "import { startCore } from '../core/api/core';\nimport { parseHostArgs } from '../host/args';",
  ],
  [
    'src/stores/probe.ts',
    "import type { ShallotBridge } from '../../electron/bridge/contract';\nimport { create } from 'zustand';\nimport { t } from '../i18n/t';",
  ],
  [
    'src/features/probe.tsx',
    "import { useEffect } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport './styles.css';",
  ],
  [
    'localnet/probe.ts',
    "import { ready } from '../electron/core/crypto/sodium';\nimport { encode } from '../electron/core/protocol/bencode';\nimport { ShallotError } from '../electron/core/errors';",
  ],
  [
    'test/probe.test.ts',
    "import { app } from 'electron';\nimport { startCore } from '../electron/core/api/core';",
  ],
];

describe('import zones', () => {
  it.each(REFUSED)('refuses in %s: %s', async (path, line, zone) => {
    const errors = await zoneErrors(path, `${line}\nexport {};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`the ${zone} zone`);
  });

  it.each(ALLOWED)('allows in %s', async (path, lines) => {
    expect(await zoneErrors(path, `${lines}\nexport {};\n`)).toEqual([]);
  });

  it('tells a value import of the bridge in the renderer to be `import type`', async () => {
    const [error] = await zoneErrors(
      'src/app/probe.ts',
      "import { methods } from '../../electron/bridge/contract';",
    );
    expect(error).toContain('only as `import type`');
  });
});

describe('the renderer and the global bridge', () => {
  const RULE = 'no-restricted-syntax';
  it('refuses window.shallot outside the composition root', async () => {
    expect(await findings(RULE, 'src/stores/probe.ts', 'export const b = window.shallot;')).toHaveLength(1);
    expect(
      await findings(RULE, 'src/features/probe.tsx', 'export const b = globalThis.shallot;'),
    ).toHaveLength(1);
  });

  it('lets src/main.tsx read it', async () => {
    expect(await findings(RULE, 'src/main.tsx', 'export const b = window.shallot;')).toEqual([]);
  });
});
