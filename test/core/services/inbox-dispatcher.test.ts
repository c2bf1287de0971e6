/**
 * The inbox dispatcher over a real store: preparation outside the transaction, handlers by kind
 * inside it, one savepoint per message, the cursor in the same commit, drops counted by reason.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionId } from '../../../electron/core/crypto/ids';
import { ready } from '../../../electron/core/crypto/sodium';
import { createLogger } from '../../../electron/core/log';
import type { PollBatch, PolledMessage } from '../../../electron/core/network';
import { InboxDispatcher, type Prepared } from '../../../electron/core/services/inbox/dispatcher';
import { InboxKinds } from '../../../electron/core/services/inbox/kinds';
import { StoreNetworkState } from '../../../electron/core/services/network/store-network-state';
import type { Store, WriteDb } from '../../../electron/core/store';
import { testSession } from '../../support/account-session';
import { freshStore } from '../store/helpers';

beforeAll(async () => {
  await ready();
});
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const PK = `05${'cd'.repeat(32)}` as SessionId;
type Msg = { kind: 'note'; text: string } | { kind: 'bump'; by: number } | { kind: 'mystery' };

function raw(hash: string, body: string): PolledMessage {
  return {
    hash,
    data: new TextEncoder().encode(body),
    timestampMs: 1,
    expiresMs: 9_999_999_999_999,
    pubkey: PK,
    namespace: 0,
  };
}

function batchOf(store: Store, messages: PolledMessage[]): PollBatch<WriteDb> {
  const state = new StoreNetworkState(store);
  return {
    messages,
    commit: (tx) =>
      state.commitBatch(tx, {
        pubkey: PK,
        lastHashes: messages.length
          ? [{ node: 'n1', namespace: 0, hash: messages.at(-1)!.hash, expiresMs: 9e12 }]
          : [],
        seen: messages.map((m) => ({ hash: m.hash, expiresMs: m.expiresMs })),
      }),
  };
}

/** "note:<text>", "bump:<n>", "throw", "mystery"; anything else does not parse. */
function prepare(m: PolledMessage): Prepared<Msg> {
  const text = new TextDecoder().decode(m.data);
  if (text === 'throw') throw Object.assign(new Error('bad padding'), { code: 'padding' });
  if (text === 'mystery') return { ok: true, message: { kind: 'mystery' } };
  const [kind, arg] = text.split(':');
  if (kind === 'note') return { ok: true, message: { kind, text: arg ?? '' } };
  if (kind === 'bump') return { ok: true, message: { kind, by: Number(arg) } };
  return { ok: false, reason: 'not-a-message' };
}

function setup(logLines: string[] = []) {
  const f = freshStore();
  f.store.write((tx) => {
    tx.run('CREATE TABLE notes (text TEXT NOT NULL)');
    tx.run('CREATE TABLE tally (n INTEGER NOT NULL)');
    tx.run('INSERT INTO tally VALUES (0)');
  });
  const session = testSession(f.store);
  cleanups.push(() => {
    session.close();
    f.done();
  });
  const kinds = new InboxKinds();
  const events: string[] = [];
  kinds.on<Extract<Msg, { kind: 'note' }>>('note', (tx, m, ctx) => {
    tx.run('INSERT INTO notes VALUES (?)', m.text);
    ctx.afterCommit(() => events.push(`note ${m.text} (${ctx.source.hash})`));
  });
  kinds.on<Extract<Msg, { kind: 'bump' }>>('bump', (tx, m) => {
    tx.run('UPDATE tally SET n = n + ?', m.by);
    if (m.by < 0) throw Object.assign(new Error('negative'), { code: 'range' });
  });
  const logger = createLogger('t', 'debug', (l) => logLines.push(l));
  const inbox = new InboxDispatcher<Msg>({ session, kinds, prepare, logger });
  const notes = () => f.store.read.all<{ text: string }>('SELECT text FROM notes').map((r) => r.text);
  const tally = () => f.store.read.get<{ n: number }>('SELECT n FROM tally')!.n;
  return { store: f.store, inbox, events, notes, tally };
}

describe('inbox dispatcher', () => {
  it('applies every kind in one transaction with the cursor, and reports after the commit', async () => {
    const t = setup();
    await t.inbox.consume(
      batchOf(t.store, [raw('h1', 'note:hi'), raw('h2', 'bump:2'), raw('h3', 'note:yo')]),
    );
    expect(t.notes()).toEqual(['hi', 'yo']);
    expect(t.tally()).toBe(2);
    expect(t.events).toEqual(['note hi (h1)', 'note yo (h3)']);
    expect(new StoreNetworkState(t.store).filterUnseen(['h1', 'h2', 'h3', 'h4'])).toEqual(['h4']);
    expect(t.inbox.stats()).toEqual({ applied: 3, dropped: {}, batches: 1 });
  });

  it('drops what does not prepare, has no handler, or throws — alone, counted, without content in the log', async () => {
    const lines: string[] = [];
    const t = setup(lines);
    await t.inbox.consume(
      batchOf(t.store, [
        raw('a', 'note:secret words'),
        raw('b', 'gibberish'),
        raw('c', 'throw'),
        raw('d', 'mystery'),
        raw('e', 'bump:-5'),
        raw('f', 'bump:1'),
      ]),
    );
    expect(t.notes()).toEqual(['secret words']);
    // The failing bump was undone by its savepoint; the next one stands.
    expect(t.tally()).toBe(1);
    expect(t.inbox.stats()).toEqual({
      applied: 2,
      batches: 1,
      dropped: { 'not-a-message': 1, padding: 1, 'unhandled:mystery': 1, 'failed:bump:range': 1 },
    });
    // Dropped or not, every hash is seen: the batch never comes again.
    expect(new StoreNetworkState(t.store).filterUnseen(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual([]);
    expect(lines.join('\n')).not.toMatch(/secret|gibberish|negative/);
    expect(lines.some((l) => l.includes('inbox messages dropped'))).toBe(true);
  });

  it('commits nothing — neither rows nor cursor — when the batch cannot be written', async () => {
    const t = setup();
    const broken: PollBatch<WriteDb> = {
      messages: [raw('x', 'note:lost')],
      commit: () => {
        throw new Error('disk full');
      },
    };
    await expect(t.inbox.consume(broken)).rejects.toThrow('disk full');
    expect(t.notes()).toEqual([]);
    expect(t.events).toEqual([]);
    expect(t.inbox.stats().applied).toBe(0);
  });

  it('refuses a second handler for one kind', () => {
    const kinds = new InboxKinds();
    kinds.on('note', () => undefined);
    expect(() => kinds.on('note', () => undefined)).toThrow(/registered already/);
  });
});
