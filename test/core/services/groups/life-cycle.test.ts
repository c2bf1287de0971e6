/**
 * Groups over a localnet with real cores: an admin creates a group, the invitee accepts, and both
 * chat both ways (protocol reference §7.2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../../../electron/core/services/groups/admin-actions';
import { acceptInvite } from '../../../../electron/core/services/groups/life-cycle';
import { sendGroupMessage } from '../../../../electron/core/services/groups/member-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { bodies, eventually, openMember } from './harness';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

describe('a group on a localnet', () => {
  it('is created, joined by an invitee and chatted in both ways', async () => {
    const [alice, bob] = await Promise.all([
      openMember(ln, { name: 'Alice' }),
      openMember(ln, { name: 'Bob' }),
    ]);
    try {
      const invited = bob.next('groups.incoming', (e) => e.kind === 'invite');
      const g = createGroup(alice.g(), { name: 'Tea', members: [bob.sessionId] });
      const inv = await invited;
      expect(inv).toMatchObject({
        kind: 'invite',
        groupId: g.id,
        from: alice.sessionId,
        name: 'Tea',
        request: true,
      });
      expect(bob.store.conversations.get(bob.store.read, g.id)?.requestState).toBe('invite');
      acceptInvite(bob.g(), g.id);
      const groupId = g.id;
      await eventually(bob, () => bob.g().registry.get(groupId)?.keys.size() === 1);
      await eventually(
        alice,
        () => alice.g().registry.get(groupId)?.members.get(bob.sessionId)?.inviteStatus === 0,
      );
      sendGroupMessage(alice.g(), { groupId, body: 'hello group' });
      await eventually(bob, () => bodies(bob, groupId).includes('hello group'));
      sendGroupMessage(bob.g(), { groupId, body: 'hi alice' });
      await eventually(alice, () => bodies(alice, groupId).includes('hi alice'));
      expect(bodies(alice, groupId)).toEqual(['hello group', 'hi alice']);
      expect(bob.g().registry.get(groupId)?.name).toBe('Tea');
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  }, 60_000);
});
