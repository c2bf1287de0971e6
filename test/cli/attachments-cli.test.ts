/**
 * `send --file` and `attachment save` as docs/CLI.md shows them, two accounts on a localnet and its
 * file server: the files go up before the message, `listen` names each one with its message, and
 * `attachment save` fetches, checks and writes the plaintext; a file above 10 MB is refused.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Localnet } from '../../localnet/index';
import { localnet } from '../core/network/fixture';
import { cliObjects } from '../support/cli-process';

let ln: Localnet;
const root = mkdtempSync(join(tmpdir(), 'shallot-cli-files-'));
let cli: ReturnType<typeof cliObjects>['run'];
let listen: ReturnType<typeof cliObjects>['listen'];

beforeAll(async () => {
  expect(spawnSync('node', ['scripts/build-node.mjs', 'cli']).status).toBe(0);
  ln = await localnet(6);
  ({ run: cli, listen } = cliObjects(root, ln.profilePath));
});
afterAll(() => ln.close().finally(() => rmSync(root, { recursive: true, force: true })));

describe('shallot send --file / attachment save', () => {
  it('sends two files with a caption; the listener lists them; save writes the same bytes', async () => {
    const aliceId = (await cli('alice', ['create', '--name', 'Alice'])).json!['sessionId'] as string;
    const bobId = (await cli('bob', ['create', '--name', 'Bob'])).json!['sessionId'] as string;
    const pdf = randomBytes(700_000);
    const notes = Buffer.from('plain notes\n');
    writeFileSync(join(root, 'report.pdf'), pdf);
    writeFileSync(join(root, 'notes.txt'), notes);

    const l = listen('bob', 8);
    await l.started;
    const sent = await cli('alice', [
      'send',
      '--to',
      bobId,
      '--file',
      join(root, 'report.pdf'),
      '--file',
      join(root, 'notes.txt'),
      '--text',
      'two files',
    ]);
    expect(sent.status).toBe(0);
    expect(sent.json).toMatchObject({
      state: 'sent',
      attachments: [
        { fileName: 'report.pdf', size: pdf.length, contentType: 'application/pdf' },
        { fileName: 'notes.txt', size: notes.length, contentType: 'text/plain' },
      ],
    });
    const line = (await l.lines).find((x) => x['kind'] === 'message');
    expect(line).toMatchObject({ from: aliceId, body: 'two files', sentAt: sent.json!['sentAt'] });
    const files = line!['attachments'] as {
      id: string;
      fileName: string;
      size: number;
      contentType: string;
    }[];
    expect(files.map((f) => [f.fileName, f.size, f.contentType])).toEqual([
      ['report.pdf', pdf.length, 'application/pdf'],
      ['notes.txt', notes.length, 'text/plain'],
    ]);
    expect(Object.keys(files[0]!).sort()).toEqual(['contentType', 'fileName', 'id', 'size']);

    const out = join(root, 'saved.pdf');
    const saved = await cli('bob', ['attachment', 'save', files[0]!.id, '--out', out]);
    expect(saved).toMatchObject({ status: 0, json: { id: files[0]!.id, path: out, size: pdf.length } });
    expect(readFileSync(out).equals(pdf)).toBe(true);
  }, 90_000);

  it('refuses a file above 10 MB and an unknown attachment with typed errors', async () => {
    const big = join(root, 'big.bin');
    writeFileSync(big, '');
    truncateSync(big, 10_000_001);
    const tooBig = await cli('alice', ['send', '--to', '05' + 'ab'.repeat(32), '--file', big]);
    expect(tooBig).toMatchObject({ status: 1, json: { code: 'attachment-too-large' } });
    const unknown = await cli('bob', ['attachment', 'save', '0'.repeat(32), '--out', join(root, 'x')]);
    expect(unknown).toMatchObject({ status: 1, json: { code: 'attachment-not-found' } });
    expect(() => readFileSync(join(root, 'x'))).toThrow();
  }, 60_000);
});
