/**
 * The bot-facing CLI against a localnet, as docs/CLI.md shows it: two accounts created, one sends
 * (waiting until sent), the other listens (JSON lines), reads its conversations and messages,
 * accepts the request; restore takes the phrase on stdin; failures print {"code","message"}.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Localnet } from '../../localnet/index';
import { localnet } from '../core/network/fixture';
import { cliRunner } from '../support/cli-runner';

let ln: Localnet;
const root = mkdtempSync(join(tmpdir(), 'shallot-cli-msg-'));

beforeAll(async () => {
  expect(spawnSync('node', ['scripts/build-node.mjs', 'cli']).status).toBe(0);
  ln = await localnet(6);
});
afterAll(async () => {
  await ln.close();
  rmSync(root, { recursive: true, force: true });
});

const { cli, listen } = cliRunner(root, () => ln.profilePath);

describe('shallot on a localnet', () => {
  it('creates, sends, listens, lists, accepts — JSON on stdout', async () => {
    const alice = await cli('alice', ['create', '--name', 'Alice']);
    const bob = await cli('bob', ['create', '--name', 'Bob']);
    expect(alice.status).toBe(0);
    const aliceId = alice.json!['sessionId'] as string;
    const bobId = bob.json!['sessionId'] as string;
    expect(aliceId).toMatch(/^05[0-9a-f]{64}$/);

    const l = listen('bob', 6);
    await l.started;
    const sent = await cli('alice', ['send', '--to', bobId, '--text', 'hello from the cli']);
    expect(sent.status).toBe(0);
    expect(sent.json).toMatchObject({
      state: 'sent',
      id: expect.any(String) as string,
      sentAt: expect.any(Number) as number,
    });
    expect(sent.json!['hash']).toMatch(/^[A-Za-z0-9+/]{43}$/);
    const lines = await l.lines;
    expect(lines).toContainEqual(
      expect.objectContaining({
        kind: 'message',
        conversation: aliceId,
        from: aliceId,
        body: 'hello from the cli',
        sentAt: sent.json!['sentAt'],
        hash: sent.json!['hash'],
      }),
    );

    const convs = await cli('bob', ['conversations']);
    expect((convs.json!['requests'] as { id: string }[]).map((c) => c.id)).toEqual([aliceId]);
    const msgs = await cli('bob', ['messages', '--with', aliceId, '--limit', '5']);
    expect(msgs.json).toMatchObject({
      conversation: aliceId,
      messages: [{ from: aliceId, body: 'hello from the cli', outgoing: false }],
    });
    expect((await cli('bob', ['requests', 'accept', aliceId])).json).toEqual({
      conversation: aliceId,
      action: 'accept',
    });
    expect(
      ((await cli('bob', ['conversations'])).json!['conversations'] as { id: string }[]).map((c) => c.id),
    ).toEqual([aliceId]);
  }, 60_000);

  it('restores from a phrase on stdin, and fails with {code, message} and exit 1', async () => {
    const made = await cli('carol', ['create', '--name', 'Carol']);
    const phrase = await cli('carol', ['call', 'account.revealPhrase', '-'], '{}');
    expect(phrase.status).toBe(0);
    const words = (phrase.json as { phrase: string }).phrase;
    const restored = await cli('carol2', ['restore', '--name', 'Carol'], `${words}\n`);
    expect(restored.json).toEqual({ sessionId: made.json!['sessionId'] });
    const bad = await cli('carol2', ['send', '--to', 'not a recipient!', '--text', 'x']);
    expect(bad.status).toBe(1);
    expect(bad.json).toEqual({ code: 'invalid-recipient', message: expect.any(String) as string });
    expect((await cli('carol2', ['requests', 'accept', '05' + '0'.repeat(64)])).json).toMatchObject({
      code: 'conversation-not-found',
    });
  }, 60_000);
});
