/**
 * Membership changes over a localnet with five real cores (issue 13): Alice creates a group with
 * Bob, Carol and Dave, who accept; Eve is added later and reads what is posted after, not before
 * (no history shared); Carol is removed, learns it, and no longer receives new messages; Bob is
 * promoted and receives the group key; Dave leaves and the admin sees him gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupId } from '../../../../electron/core/crypto/ids';
import {
  addMembers,
  createGroup,
  promoteMembers,
  removeMembers,
} from '../../../../electron/core/services/groups/admin-actions';
import { acceptInvite, leaveGroup } from '../../../../electron/core/services/groups/life-cycle';
import { sendGroupMessage } from '../../../../electron/core/services/groups/member-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { bodies, eventually, openMember, type Member } from './harness';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

/** `m` accepts the invite to `groupId` once it arrived, and holds the group's keys. */
async function join(m: Member, groupId: GroupId): Promise<void> {
  await eventually(m, () => m.g().registry.get(groupId)?.state === 'invited');
  acceptInvite(m.g(), groupId);
  await eventually(m, () => (m.g().registry.get(groupId)?.keys.size() ?? 0) > 0);
}

describe('group membership on a localnet', () => {
  it('adds, removes, promotes and loses a member as the official clients do', async () => {
    const [alice, bob, carol, dave, eve] = await Promise.all(
      ['Alice', 'Bob', 'Carol', 'Dave', 'Eve'].map((name) => openMember(ln, { name })),
    );
    const all = [alice!, bob!, carol!, dave!, eve!];
    try {
      const g = createGroup(alice!.g(), {
        name: 'Five',
        members: [bob!.sessionId, carol!.sessionId, dave!.sessionId],
      });
      const id = g.id;
      await Promise.all([bob!, carol!, dave!].map((m) => join(m, id)));
      sendGroupMessage(alice!.g(), { groupId: id, body: 'before eve' });
      await eventually(carol!, () => bodies(carol!, id).includes('before eve'));

      // Eve: added without history; she reads what comes after.
      addMembers(alice!.g(), id, [eve!.sessionId], false);
      await join(eve!, id);
      sendGroupMessage(alice!.g(), { groupId: id, body: 'welcome eve' });
      await eventually(eve!, () => bodies(eve!, id).includes('welcome eve'));
      expect(bodies(eve!, id)).not.toContain('before eve');

      // Carol: removed (rekey, revoke, kicked message); she learns it and reads nothing new.
      const generation = alice!.g().registry.get(id)!.keys.size();
      removeMembers(alice!.g(), id, [carol!.sessionId], false);
      await eventually(carol!, () => carol!.g().registry.get(id)?.state === 'kicked');
      // The rekey follows once the removal's sequence was stored (the kicked notice is in it).
      await eventually(alice!, () => alice!.g().registry.get(id)!.keys.size() > generation);
      sendGroupMessage(alice!.g(), { groupId: id, body: 'after carol' });
      await eventually(bob!, () => bodies(bob!, id).includes('after carol'));
      await eventually(eve!, () => bodies(eve!, id).includes('after carol'));
      expect(bodies(carol!, id)).not.toContain('after carol');
      expect(() => sendGroupMessage(carol!.g(), { groupId: id, body: 'still here?' })).toThrow(
        expect.objectContaining({ code: 'not-a-member' }) as Error,
      );

      // Bob: promoted; he receives the group key and sees himself as an admin.
      promoteMembers(alice!.g(), id, [bob!.sessionId]);
      await eventually(bob!, () => bob!.g().registry.get(id)?.isAdmin === true);
      await eventually(
        alice!,
        () => alice!.g().registry.get(id)?.members.get(bob!.sessionId)?.admin === true,
      );

      // Dave leaves: the admin sees him gone; Alice, Bob and Eve are the members left.
      await leaveGroup(dave!.g(), id);
      expect(dave!.g().registry.get(id)).toBeUndefined();
      const current = () =>
        alice!
          .g()
          .registry.get(id)!
          .current()
          .map((m) => m.sessionId)
          .sort()
          .join();
      const expected = [alice!.sessionId, bob!.sessionId, eve!.sessionId].sort().join();
      await eventually(alice!, () => current() === expected);
    } finally {
      await Promise.all(all.map((m) => m.close()));
    }
  }, 120_000);
});
