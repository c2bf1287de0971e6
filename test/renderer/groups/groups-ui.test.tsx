import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupView } from '../../../electron/bridge/methods/groups';
import { CreateGroupDialog } from '../../../src/features/groups/CreateGroupDialog';
import { GroupMembersDialog } from '../../../src/features/groups/GroupMembersDialog';
import { createGroupsStore, pastedIds } from '../../../src/stores/groups/groups-store';
import { fakeBridge, ok } from '../fake-bridge';
import { renderWith } from '../render';
import { A, B, C, conv } from '../messenger/data';

const G = `03${'dd'.repeat(32)}`;

function group(over: Partial<GroupView> = {}): GroupView {
  return {
    id: G,
    name: 'Tea',
    description: null,
    state: 'joined',
    admin: true,
    invitedBy: null,
    memberCount: 3,
    members: [
      { id: A, displayName: 'Ada', admin: true, status: 'admin', you: true },
      { id: B, displayName: 'Bea', admin: false, status: 'member', you: false },
      { id: C, displayName: 'Cy', admin: false, status: 'invite-sent', you: false },
    ],
    disappearing: { mode: 'off' },
    createdAt: 1,
    ...over,
  };
}

afterEach(cleanup);

describe('groups in the renderer', () => {
  it('finds Session IDs in pasted text, once each', () => {
    expect(pastedIds(`${A.toUpperCase()}, ${B}\n${A} junk 05ab`)).toEqual([A, B]);
  });

  it('creates a group from a name, a picked contact and a pasted ID', async () => {
    const bridge = fakeBridge({ 'groups.create': ok(group()) });
    const { stores } = renderWith(bridge, <CreateGroupDialog />);
    act(() => stores.conversations.getState().adopt(conv(B, { displayName: 'Bea' })));
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('alert').textContent).toBe('Give the group a name.');
    fireEvent.change(screen.getByLabelText('Group name'), { target: { value: ' Tea ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bea' }));
    fireEvent.change(screen.getByLabelText('Or paste Session IDs'), { target: { value: C } });
    expect(screen.getByText('2 chosen')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create' }));
      await Promise.resolve();
    });
    expect(bridge.callsOf('groups.create')).toEqual([{ name: 'Tea', members: [B, C] }]);
    expect(stores.chat.getState().openId).toBe(G);
  });

  it('lists members with badges and status; an admin removes and promotes', async () => {
    const bridge = fakeBridge({
      'groups.get': ok(group()),
      'groups.promote': ok(group()),
      'groups.removeMembers': ok(group({ memberCount: 2 })),
    });
    const { stores } = renderWith(bridge, <GroupMembersDialog onClose={() => undefined} />);
    await act(() => stores.groups.getState().show(G));
    expect(screen.getByText('Invited')).toBeTruthy();
    expect(screen.getAllByText('Admin').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Remove Ada' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Make Bea admin' }));
      await Promise.resolve();
    });
    expect(bridge.callsOf('groups.promote')).toEqual([{ groupId: G, members: [B] }]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remove Cy' }));
      await Promise.resolve();
    });
    expect(bridge.callsOf('groups.removeMembers')).toEqual([
      { groupId: G, members: [C], deleteMessages: false },
    ]);
    expect(screen.getByText('2 members')).toBeTruthy();
  });

  it('follows groups.changed for the shown group and forgets a group that is gone', async () => {
    const bridge = fakeBridge({ 'groups.get': ok(group()) });
    const store = createGroupsStore(bridge);
    const stop = store.getState().start();
    await store.getState().show(G);
    bridge.emit('groups.changed', { groupId: G, group: group({ name: 'Coffee' }) });
    expect(store.getState().group?.name).toBe('Coffee');
    bridge.emit('groups.changed', { groupId: `03${'ee'.repeat(32)}`, group: null });
    expect(store.getState().group?.name).toBe('Coffee');
    bridge.emit('groups.changed', { groupId: G, group: null });
    expect(store.getState().group).toBeUndefined();
    stop();
  });
});
