/**
 * The group commands of the CLI against a localnet, as docs/CLI.md shows them: Alice creates a
 * group with Bob and Carol ({"groupId"}), Bob's `listen` prints the invite, he accepts, Alice posts
 * with `send --to 03…`, Bob's `listen` prints it with the group as its conversation, `groups` lists
 * the members, and Alice removes Carol.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Localnet } from '../../localnet/index';
import { localnet } from '../core/network/fixture';
import { cliObjects } from '../support/cli-process';

let ln: Localnet;
let cli: ReturnType<typeof cliObjects>;
const root = mkdtempSync(join(tmpdir(), 'shallot-cli-groups-'));

beforeAll(async () => {
  expect(spawnSync('node', ['scripts/build-node.mjs', 'cli']).status).toBe(0);
  ln = await localnet(6);
  cli = cliObjects(root, ln.profilePath);
});
afterAll(async () => {
  await ln.close();
  rmSync(root, { recursive: true, force: true });
});

async function account(dir: string, name: string): Promise<string> {
  const r = await cli.run(dir, ['create', '--name', name]);
  return r.json!['sessionId'] as string;
}

describe('shallot group … on a localnet', () => {
  it('creates, invites, accepts, chats, lists and removes — JSON on stdout', async () => {
    const [alice, bob, carol] = [
      await account('alice', 'Alice'),
      await account('bob', 'Bob'),
      await account('carol', 'Carol'),
    ];
    const invited = cli.listen('bob', 15);
    await invited.started;
    const made = await cli.run('alice', [
      'group',
      'create',
      '--name',
      'Trio',
      '--members',
      `${bob},${carol}`,
    ]);
    expect(made.status).toBe(0);
    const groupId = made.json!['groupId'] as string;
    expect(groupId).toMatch(/^03[0-9a-f]{64}$/);
    expect(await invited.lines).toContainEqual(
      expect.objectContaining({ kind: 'invite', groupId, from: alice, name: 'Trio', request: true }),
    );

    const accepted = await cli.run('bob', ['group', 'accept', groupId]);
    expect(accepted.json).toMatchObject({ groupId, action: 'accept', group: { state: 'joined' } });

    const heard = cli.listen('bob', 12);
    await heard.started;
    const sent = await cli.run('alice', ['send', '--to', groupId, '--text', 'hello, trio']);
    expect(sent.json).toMatchObject({ state: 'sent' });
    expect(sent.json!['hash']).toMatch(/^[A-Za-z0-9+/]{43}$/);
    expect(await heard.lines).toContainEqual(
      expect.objectContaining({ kind: 'message', conversation: groupId, from: alice, body: 'hello, trio' }),
    );

    const listed = await cli.run('bob', ['groups']);
    const [g] = listed.json!['groups'] as { groupId: string; members: { id: string; admin: boolean }[] }[];
    expect(g!.groupId).toBe(groupId);
    expect(g!.members.map((m) => [m.id, m.admin]).sort()).toEqual(
      [
        [alice, true],
        [bob, false],
        [carol, false],
      ].sort(),
    );
    const msgs = await cli.run('bob', ['messages', '--with', groupId]);
    expect(msgs.json).toMatchObject({
      conversation: groupId,
      // The invite's notice, then the message.
      messages: [
        { from: alice, kind: 'control' },
        { from: alice, kind: 'text', body: 'hello, trio' },
      ],
    });

    const removed = await cli.run('alice', ['group', 'remove', groupId, carol]);
    expect(removed.json).toMatchObject({ groupId, action: 'remove', pending: 0 });
    const after = (await cli.run('alice', ['groups'])).json!['groups'] as { members: { id: string }[] }[];
    expect(after[0]!.members.map((m) => m.id)).not.toContain(carol);
  }, 120_000);

  it('refuses a bad group command with usage and exit 2', async () => {
    const r = await cli.run('alice', ['group', 'add', 'not-a-group', '05ab']);
    expect(r.status).toBe(2);
  });
});
