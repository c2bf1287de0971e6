import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { encodeBt } from '../../../../electron/core/protocol/bencode';
import type { IncomingConfigMessage } from '../../../../electron/core/protocol/config/config-state';
import { Contacts } from '../../../../electron/core/protocol/config/contacts';
import { NOW, readyAll, shuffled, USER_SEED } from './helpers';

/**
 * The merge is a function of the set of messages, not of their order: devices that each pushed a
 * concurrent edit and then received everyone else's (in any order) hold the same document and
 * push byte-identical messages (so the swarm stores one copy).
 */

let me: Identity;
beforeAll(async () => {
  await readyAll();
  me = identityFromSeed(USER_SEED);
});

const ids = Array.from({ length: 6 }, (_, i) => `05${String(i).repeat(64)}`);
type Edit =
  | { kind: 'nickname'; who: number; text: string }
  | { kind: 'approve' | 'block'; who: number; on: boolean }
  | { kind: 'erase'; who: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('nickname' as const), who: fc.nat(5), text: fc.string({ maxLength: 12 }) }),
  fc.record({
    kind: fc.constantFrom('approve' as const, 'block' as const),
    who: fc.nat(5),
    on: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('erase' as const), who: fc.nat(5) }),
);

function apply(c: Contacts, e: Edit): void {
  const id = ids[e.who]!;
  if (e.kind === 'nickname') c.set(id, { nickname: e.text });
  else if (e.kind === 'approve') c.set(id, { approved: e.on });
  else if (e.kind === 'block') c.set(id, { blocked: e.on });
  else c.erase(id);
}

describe('merge order', () => {
  it('gives every device the same document and the same bytes', () => {
    const base = new Contacts(me, { clock: () => NOW });
    ids.slice(0, 4).forEach((id, i) => base.set(id, { name: `Friend ${i}`, approved: i % 2 === 0 }));
    const first = base.push();
    const firstMsg: IncomingConfigMessage = { hash: 'base', data: first.messages[0]! };

    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        (perDevice, seeds) => {
          const devices = perDevice.map(() => new Contacts(me, { clock: () => NOW }));
          const pushed: IncomingConfigMessage[] = devices.map((d, i) => {
            d.merge([firstMsg]);
            perDevice[i]!.forEach((e) => apply(d, e));
            const p = d.push();
            d.confirmPushed(p.seqno, [`dev${i}`]);
            return { hash: `dev${i}`, data: p.messages[0]! };
          });
          const results = devices.map((d, i) => {
            const others = pushed.filter((_, j) => j !== i);
            const order = shuffled([...others, firstMsg], seeds[i]!);
            d.merge(order);
            return {
              data: toHex(encodeBt(d.state.data)),
              push: d.needsPush ? d.push().messages.map(toHex) : [],
            };
          });
          for (const r of results) expect(r.data).toBe(results[0]!.data);
          const pushes = results.filter((r) => r.push.length > 0);
          for (const r of pushes) expect(r.push).toEqual(pushes[0]!.push);

          // A fresh device given every message at once, in two different orders, agrees with them.
          const all = [firstMsg, ...pushed];
          for (const order of [all, [...all].reverse()]) {
            const fresh = new Contacts(me, { clock: () => NOW });
            fresh.merge(order);
            expect(toHex(encodeBt(fresh.state.data))).toBe(results[0]!.data);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
