/**
 * The config-sync commands of docs/CLI.md (issue 12) against a localnet: `restore` without
 * `--name` takes the name from the network, `profile`, `profile set`, `contacts`, `contacts
 * nickname|block|unblock` and `sync` — a second data folder with the same phrase is a second
 * device, and each command that changes a config has pushed it before it returns.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Localnet } from '../../localnet/index';
import { localnet } from '../core/network/fixture';
import { cliRunner, type CliRun } from '../support/cli-process';

let ln: Localnet;
let cli: ReturnType<typeof cliRunner>;
const root = mkdtempSync(join(tmpdir(), 'shallot-cli-sync-'));

beforeAll(async () => {
  expect(spawnSync('node', ['scripts/build-node.mjs', 'cli']).status).toBe(0);
  ln = await localnet(6);
  cli = cliRunner(root, ln.profilePath);
});
afterAll(async () => {
  await ln.close();
  rmSync(root, { recursive: true, force: true });
});

type Contact = { sessionId: string; nickname: string | null; blocked: boolean };

async function ok<T>(run: Promise<CliRun>): Promise<T> {
  const r = await run;
  expect(r.status, JSON.stringify(r.json)).toBe(0);
  return r.json as T;
}

async function contactOn(dir: string, id: string): Promise<Contact | undefined> {
  return (await ok<Contact[]>(cli(dir, ['contacts']))).find((c) => c.sessionId === id);
}

describe('config sync from the command line', () => {
  it('restores name and contacts from the network, and keeps two devices in step', async () => {
    const { sessionId: alice } = await ok<{ sessionId: string }>(cli('alice', ['create', '--name', 'Alice']));
    const { sessionId: bob } = await ok<{ sessionId: string }>(cli('bob', ['create', '--name', 'Bob']));
    await ok(cli('alice', ['send', '--to', bob, '--text', 'hi Bob']));
    expect(await ok(cli('alice', ['contacts', 'nickname', bob, 'Bobby']))).toMatchObject({
      sessionId: bob,
      nickname: 'Bobby',
      approved: true,
      blocked: false,
    });

    const { phrase } = await ok<{ phrase: string }>(
      cli('alice', ['call', 'account.revealPhrase', '-'], '{}'),
    );
    expect(await ok(cli('alice2', ['restore'], `${phrase}\n`))).toEqual({ sessionId: alice });
    expect(await ok(cli('alice2', ['profile']))).toEqual({
      sessionId: alice,
      name: 'Alice',
      avatarUrl: null,
      noteToSelf: { pinned: false, hidden: expect.any(Boolean) as boolean },
    });
    expect(await contactOn('alice2', bob)).toEqual({
      sessionId: bob,
      name: null,
      nickname: 'Bobby',
      approved: true,
      approvedMe: false,
      blocked: false,
      pinned: false,
      hidden: false,
    });

    // The second device blocks Bob; the first learns it with one `sync`.
    expect(await ok(cli('alice2', ['contacts', 'block', bob]))).toMatchObject({ blocked: true });
    expect(await ok(cli('alice', ['sync']))).toEqual({ pushed: [] });
    expect(await contactOn('alice', bob)).toMatchObject({ blocked: true, nickname: 'Bobby' });
    expect(await ok(cli('alice', ['contacts', 'unblock', bob]))).toMatchObject({ blocked: false });

    // The first renames; the second learns it (and the unblock) with one `sync`.
    expect(await ok(cli('alice', ['profile', 'set', '--name', 'Alice L']))).toMatchObject({
      name: 'Alice L',
    });
    await ok(cli('alice2', ['sync']));
    expect(await ok(cli('alice2', ['profile']))).toMatchObject({ name: 'Alice L' });
    expect(await contactOn('alice2', bob)).toMatchObject({ blocked: false });
  }, 90_000);

  it('refuses a contacts action without a Session ID, and a nickname over 100 bytes', async () => {
    const refused = await cli('alice', ['contacts', 'block']);
    expect(refused.status).toBe(2);
    const bad = await cli('alice', ['contacts', 'nickname', `05${'0'.repeat(64)}`, 'x'.repeat(101)]);
    expect(bad.status).toBe(1);
    expect(bad.json).toMatchObject({ code: expect.any(String) as string });
  }, 30_000);
});
