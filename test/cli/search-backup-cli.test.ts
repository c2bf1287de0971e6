/**
 * `search`, `backup create` and `backup restore` as docs/CLI.md shows them (offline): an account
 * with a note, found by search as JSON lines; backed up with the passphrase on stdin; restored into
 * an empty data folder with the phrase and the passphrase on stdin, where search finds the note
 * again; a wrong passphrase prints its code and leaves the folder without an account.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../electron/cli/command';

const root = mkdtempSync(join(tmpdir(), 'shallot-cli-sb-'));
beforeAll(() => {
  expect(spawnSync('node', ['scripts/build-node.mjs', 'cli']).status).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function cli(dir: string, args: string[], input = ''): { status: number | null; lines: unknown[] } {
  const run = spawnSync('node', ['dist/cli/shallot.mjs', ...args, '--data-dir', join(root, dir)], {
    input,
    encoding: 'utf8',
  });
  // `call` pretty-prints one object; the other commands print one JSON value per line.
  const whole = run.stdout.trim();
  const lines = whole.startsWith('{\n')
    ? [JSON.parse(whole) as unknown]
    : whole
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as unknown);
  return { status: run.status, lines };
}

function one(dir: string, args: string[], input = ''): Record<string, unknown> {
  const r = cli(dir, args, input);
  expect(r.status, JSON.stringify(r.lines)).toBe(0);
  return r.lines[0] as Record<string, unknown>;
}

describe('cli command line: search and backup', () => {
  it('reads the commands and refuses what is missing', () => {
    expect(parseCommand(['search', 'two', 'words', '--with', '05ab'])).toMatchObject({
      kind: 'search',
      text: 'two words',
      with: '05ab',
      limit: 100,
    });
    expect(parseCommand(['backup', 'create', '--out', 'f.bak'])).toMatchObject({
      kind: 'backup-create',
      file: 'f.bak',
    });
    expect(parseCommand(['backup', 'restore', '--in=f.bak'])).toMatchObject({
      kind: 'backup-restore',
      file: 'f.bak',
    });
    for (const argv of [['search'], ['backup', 'create'], ['backup', 'restore', '--out', 'x'], ['backup']]) {
      expect(parseCommand(argv)).toMatchObject({ kind: 'refused' });
    }
  });
});

describe('shallot search and backup', () => {
  it('finds a note, backs the account up and restores it into an empty folder', () => {
    const { sessionId } = one('ann', ['create', '--name', 'Ann']);
    const self = String(sessionId);
    one('ann', ['call', 'conversations.open', JSON.stringify({ to: self })]);
    one('ann', [
      'call',
      'messages.send',
      JSON.stringify({ conversationId: self, body: 'Quokkas at sunrise' }),
    ]);
    const found = cli('ann', ['search', 'quokka']);
    expect(found.status).toBe(0);
    expect(found.lines).toEqual([
      {
        conversation: self,
        messageId: expect.any(String) as string,
        sentAt: expect.any(Number) as number,
        snippet: 'Quokkas at sunrise',
      },
    ]);
    expect(cli('ann', ['search', 'quokka', '--with', `05${'11'.repeat(32)}`]).lines).toEqual([
      expect.objectContaining({ code: 'conversation-not-found' }),
    ]);
    const { phrase } = one('ann', ['call', 'account.revealPhrase', '-'], '{}');

    const file = join(root, 'ann.shallotbackup');
    const made = one('ann', ['backup', 'create', '--out', file], 'a long backup passphrase\n');
    expect(made).toMatchObject({ file, bytes: expect.any(Number) as number });
    expect(existsSync(file)).toBe(true);

    const wrong = cli(
      'fresh',
      ['backup', 'restore', '--in', file],
      `${String(phrase)}\nnot the passphrase\n`,
    );
    expect([wrong.status, wrong.lines]).toEqual([
      1,
      [expect.objectContaining({ code: 'backup-wrong-passphrase' })],
    ]);
    expect(one('fresh', ['call', 'account.state'])).toMatchObject({ state: 'no-account' });

    const restored = one(
      'fresh',
      ['backup', 'restore', '--in', file],
      `${String(phrase)}\na long backup passphrase\n`,
    );
    expect(restored).toEqual({ sessionId: self });
    expect(cli('fresh', ['search', 'sunrise', '--with', self]).lines).toEqual([
      expect.objectContaining({ conversation: self, snippet: 'Quokkas at sunrise' }),
    ]);
  });
});
