import { beforeAll, describe, expect, it } from 'vitest';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import type {
  ConfigPush,
  IncomingConfigMessage,
} from '../../../../electron/core/protocol/config/config-state';
import { Contacts } from '../../../../electron/core/protocol/config/contacts';
import { MultipartSets } from '../../../../electron/core/protocol/config/multipart-sets';
import { NOW, readyAll, shuffled, USER_SEED } from './helpers';

/**
 * The large-config cases of libsession-util (GPL-3.0) `tests/test_config_contacts.cpp` (PR #11
 * head 0979cde51d): exact part sizes and dump sizes, merging parts in order, shuffled, across
 * polls and across a dump/reload, and the expiry of partial sets and done-markers — with an
 * injected clock instead of sleeps.
 */

const SEED = USER_SEED;
const BIG_DUMP = 1_597_004; // EXPECT_BIG_DUMP_SIZE
let me: Identity;

beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(SEED);
});

/** Session IDs of Ed25519 seeds [i % 256, i >> 8, 0…] (libsession's poorly compressible IDs). */
function seededIds(count: number): string[] {
  const seed = new Uint8Array(32);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    seed[0] = i % 256;
    seed[1] = i >> 8;
    out.push(identityFromSeed(seed).sessionId);
  }
  return out;
}

function filled(ids: string[], nickname: (i: number) => string, clock = (): number => NOW): Contacts {
  const c = new Contacts(me, { clock });
  ids.forEach((id, i) => c.set(id, { nickname: nickname(i), approved: true, approvedMe: true }));
  return c;
}

const fake = (i: number): string => `fakehash${String(i).padStart(2, '0')}`;
const incoming = (push: ConfigPush): IncomingConfigMessage[] =>
  push.messages.map((data, i) => ({ hash: fake(i), data }));

describe('large Contacts configs (test_config_contacts.cpp)', () => {
  it('compresses 12,000 near-identical contacts into one message', () => {
    const ids = Array.from(
      { length: 12000 },
      (_, i) => `05${'0'.repeat(60)}${i.toString(16).padStart(4, '0')}`,
    );
    const c = filled(ids, (i) => `My friend ${i}`);
    const push = c.state.push();
    expect(push.seqno).toBe(1n);
    expect(push.messages.map((m) => m.length)).toEqual([56_320 + 181]);
    expect(c.state.dump().length).toBe(BIG_DUMP);
    c.state.confirmPushed(push.seqno, ['fakehash1']);
    expect(c.state.dump().length).toBe(BIG_DUMP + 11);
  });

  describe('12,000 random contacts in 12 parts', () => {
    let source: Contacts;
    let push: ConfigPush;
    let friend42: string;
    const baseDump = BIG_DUMP + 35 + 2 + 6 + 18;

    beforeAll(() => {
      const ids = seededIds(12000);
      friend42 = ids[42]!;
      source = filled(ids, (i) => `My friend ${i}`);
      push = source.state.push();
    });

    it('splits into maxed-out parts and a short last one', () => {
      expect(push.seqno).toBe(1n);
      expect(push.messages.map((m) => m.length)).toEqual([...Array<number>(11).fill(76_800), 1_040]);
      expect(source.state.dump().length).toBe(baseDump);
      const hashes = Array.from({ length: 12 }, (_, i) => fake(i));
      source.state.confirmPushed(push.seqno, hashes);
      expect(source.state.currentHashes()).toEqual(hashes);
      expect(source.state.activeHashes()).toEqual(hashes);
      expect(source.state.dump().length).toBe(baseDump + 12 * 13);
    });

    function receiver(): Contacts {
      return new Contacts(me, { clock: () => NOW });
    }

    function finish(c2: Contacts): void {
      expect(c2.state.needsPush).toBe(false);
      expect(c2.state.push().seqno).toBe(1n);
      expect(c2.get(friend42)?.nickname).toBe('My friend 42');
      expect(c2.state.currentHashes()).toEqual(Array.from({ length: 12 }, (_, i) => fake(i)).sort());
      expect(c2.state.dump().length).toBe(baseDump + 12 * 13);
    }

    it('merges all parts in order, or shuffled', () => {
      for (const order of [incoming(push), shuffled(incoming(push), 12345)]) {
        const c2 = receiver();
        expect(c2.state.needsDump).toBe(false);
        expect(c2.state.merge(order).sort()).toEqual(order.map((m) => m.hash).sort());
        expect(c2.state.needsDump).toBe(true);
        finish(c2);
      }
    });

    it('keeps a partial set across polls and across a dump and reload', () => {
      for (const reload of [false, true]) {
        const all = shuffled(incoming(push), reload ? 7 : 3);
        const early = all.slice(0, reload ? 10 : 8);
        const late = all.slice(early.length);
        let c2 = receiver();
        expect(c2.state.merge(early).sort()).toEqual(early.map((m) => m.hash).sort());
        expect(c2.state.currentHashes()).toEqual([]);
        expect(c2.state.activeHashes()).toEqual(early.map((m) => m.hash).sort());
        const dump = c2.state.dump();
        const stored = early.reduce((n, m) => n + m.hash.length + m.data.length - 90, 0);
        expect(dump.length).toBeGreaterThan(stored);
        expect(dump.length).toBeLessThan(stored + 500);
        if (reload) {
          c2 = new Contacts(me, { clock: () => NOW, dump });
          expect(c2.state.needsDump).toBe(false);
        }
        expect(c2.state.push().seqno).toBe(0n);
        expect(c2.state.merge(late).sort()).toEqual(late.map((m) => m.hash).sort());
        finish(c2);
      }
    });
  });

  it('expires partial sets after the wait and done-markers after the remember time', () => {
    let now = NOW;
    const clock = (): number => now;
    const ids = seededIds(2000);
    const source = filled(ids, (i) => `My friend ${String(i).padStart(4, '0')}`);
    const push = source.state.push();
    expect(push.messages.map((m) => m.length)).toEqual([76_800, 35_980]);
    source.state.confirmPushed(push.seqno, ['fakehash0', 'fakehash1']);
    const [part0, part1] = [
      { hash: 'fakehash0', data: push.messages[0]! },
      { hash: 'fakehash1', data: push.messages[1]! },
    ];

    const c2 = new Contacts(me, { clock, multipart: new MultipartSets(200, 400) });
    expect(c2.state.push().seqno).toBe(0n);
    expect(c2.state.merge([part0])).toEqual(['fakehash0']);
    expect(c2.state.needsDump).toBe(true);
    let dump = c2.state.dump();
    expect(dump.length).toBeGreaterThan(76_710);
    expect(dump.length).toBeLessThan(77_000);
    expect(c2.state.push().seqno).toBe(0n);

    now += 220;
    expect(c2.state.dump().length).toBeLessThan(200);
    expect(c2.state.merge([part1])).toEqual(['fakehash1']);
    expect(c2.state.push().seqno).toBe(0n); // part 0 expired: no complete set
    dump = c2.state.dump();
    expect(dump.length).toBeGreaterThan(35_890);
    expect(dump.length).toBeLessThan(36_200);

    expect(c2.state.merge([part0])).toEqual(['fakehash0']);
    expect(c2.state.needsPush).toBe(false);
    expect(c2.state.push().seqno).toBe(1n);
    expect(c2.get(ids[42]!)?.nickname).toBe('My friend 0042');
    dump = c2.state.dump();
    let full = dump.length;
    expect(full).toBeGreaterThan(266_000);
    expect(full).toBeLessThan(266_300);
    expect(Buffer.from(dump).lastIndexOf('1:*')).toBeGreaterThan(full - 100);

    expect(c2.state.merge([part0])).toEqual(['fakehash0']); // done-marker: accepted, ignored
    expect(c2.state.needsDump).toBe(false);
    expect(c2.state.dump().length).toBe(full);
    now += 220;
    expect(c2.state.dump().length).toBe(full);
    now += 220;
    expect(c2.state.dump().length).toBe(full - (35 + 26));
    full -= 35 + 26;
    expect(c2.state.merge([part0])).toEqual(['fakehash0']);
    expect(c2.state.needsDump).toBe(true);
    dump = c2.state.dump();
    expect(dump.length).toBeGreaterThan(full + 76_710);
    expect(dump.length).toBeLessThan(full + 77_000);
    expect(c2.state.merge([part0, part1]).sort()).toEqual(['fakehash0', 'fakehash1']);
    expect(c2.state.dump().length).toBe(full + 35 + 26);
    expect(c2.state.push().seqno).toBe(1n);
  });
});
