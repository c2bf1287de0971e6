/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- replies are arbitrary JSON whose shapes these tests assert */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHex, utf8 } from '../../electron/core/crypto/bytes';
import { ready } from '../../electron/core/crypto/sodium';
import { retrieveSigMessage } from '../../electron/core/protocol/storage-signatures';
import { startLocalnet } from '../../localnet/index';
import { parseNetworkProfile } from '../../localnet/profile';
import { auth, b64, newUser, onionServer, rpc } from './client';

let dir: string;
beforeAll(async () => {
  await ready();
  dir = await mkdtemp(join(tmpdir(), 'localnet-persist-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a network restarted on the same directory', () => {
  it('keeps node identities, ports, messages and files', async () => {
    const a = newUser();
    const first = await startLocalnet({ nodes: 3, swarmSize: 3, dir });
    const node = first.nodes[0]!;
    const keys = first.nodes.map((n) => `${n.ed25519}@${n.port}`);
    expect(
      (await rpc(node, 'store', { pubkey: a.pubkey, ttl: 60_000, timestamp: Date.now(), data: b64('kept') }))
        .status,
    ).toBe(200);
    const fs = {
      host: '127.0.0.1',
      port: first.fileServer.port,
      x25519PublicKey: fromHex(first.fileServer.x25519),
    };
    const up = await onionServer(
      'aes-gcm',
      first.nodes.slice(0, 1),
      fs,
      { method: 'POST', endpoint: '/file' },
      utf8('file'),
    );
    const { id } = JSON.parse(Buffer.from(up.v4!.body).toString()) as { id: string };
    await first.close();

    const second = await startLocalnet({ nodes: 3, swarmSize: 3, dir });
    try {
      expect(second.nodes.map((n) => `${n.ed25519}@${n.port}`)).toEqual(keys);
      const now = Date.now();
      const r = await rpc(second.nodes[0]!, 'retrieve', {
        namespace: 0,
        timestamp: now,
        ...auth(a, retrieveSigMessage(0, now)),
      });
      expect(r.body.messages.map((m: { data: string }) => Buffer.from(m.data, 'base64').toString())).toEqual([
        'kept',
      ]);
      const fs2 = {
        host: '127.0.0.1',
        port: second.fileServer.port,
        x25519PublicKey: fromHex(second.fileServer.x25519),
      };
      const down = await onionServer('aes-gcm', second.nodes.slice(1, 2), fs2, {
        method: 'GET',
        endpoint: `/file/${id}`,
      });
      expect(Buffer.from(down.v4!.body).toString()).toBe('file');
    } finally {
      await second.close();
    }
  });
});

describe('cli', () => {
  it('starts, writes the profile, prints one line and stops on SIGTERM', async () => {
    const cliDir = join(dir, 'cli');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'localnet/cli.ts',
        '--nodes',
        '3',
        '--swarm-size',
        '3',
        '--dir',
        cliDir,
        '--ons',
        `carol=05${'cd'.repeat(32)}`,
      ],
      { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.once('exit', (code) => reject(new Error(`cli exited early with ${code}`)));
    });
    expect(line).toMatch(
      /^localnet: 3 nodes in 1 swarms, seed https:\/\/127\.0\.0\.1:\d+\/, file server http:\/\/127\.0\.0\.1:\d+, profile /,
    );
    const profile = parseNetworkProfile(JSON.parse(await readFile(join(cliDir, 'profile.json'), 'utf8')));
    expect(profile.name).toBe('localnet');
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => resolve(`${code}/${signal}/${stderr}`)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe('0/null/');
  });
});
