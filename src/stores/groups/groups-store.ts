/**
 * Closed groups in the renderer: the open group's view (members, our role), kept current by
 * `groups.changed`, and the admin's and member's actions. Each action answers whether it worked;
 * a refusal stays in `error` for the dialog that asked.
 */
import { createStore } from 'zustand/vanilla';
import type { GroupView } from '../../../electron/bridge/methods/groups';
import type { BridgeError, BridgeResult, ShallotBridge } from '../../bridge/bridge';

export type NewGroup = { name: string; description?: string; members: string[] };

export type GroupsState = {
  /** The group whose members or settings are shown, if any. */
  group?: GroupView;
  busy: boolean;
  error?: BridgeError;
  start: () => () => void;
  show: (groupId: string) => Promise<void>;
  close: () => void;
  clearError: () => void;
  create: (input: NewGroup) => Promise<GroupView | undefined>;
  setInfo: (info: { name?: string; description?: string }) => Promise<boolean>;
  add: (members: string[]) => Promise<boolean>;
  remove: (members: string[], deleteMessages: boolean) => Promise<boolean>;
  promote: (members: string[]) => Promise<boolean>;
  leave: () => Promise<boolean>;
  destroy: () => Promise<boolean>;
};

/** Session IDs in pasted text: whatever the separators, upper or lower case. */
export function pastedIds(text: string): string[] {
  return [...new Set((text.match(/\b05[0-9a-fA-F]{64}\b/g) ?? []).map((s) => s.toLowerCase()))];
}

export function createGroupsStore(bridge: ShallotBridge) {
  return createStore<GroupsState>()((set, get) => {
    /** Runs one call with the busy flag; a view answered replaces the shown group. */
    async function run(call: () => Promise<BridgeResult<GroupView | object>>): Promise<boolean> {
      if (get().busy) return false;
      set({ busy: true, error: undefined });
      const r = await call();
      if (!r.ok) {
        set({ busy: false, error: r.error });
        return false;
      }
      const view = 'members' in r.value ? r.value : undefined;
      set((s) => ({ busy: false, group: view ?? s.group }));
      return true;
    }
    const id = (): string => get().group?.id ?? '';
    return {
      busy: false,
      start: () =>
        bridge.on('groups.changed', ({ groupId, group }) => {
          if (get().group?.id !== groupId) return;
          set(group ? { group } : { group: undefined });
        }),
      async show(groupId) {
        const r = await bridge.call('groups.get', { groupId });
        set(r.ok ? { group: r.value, error: undefined } : { group: undefined, error: r.error });
      },
      close: () => set({ group: undefined, error: undefined }),
      clearError: () => set({ error: undefined }),
      async create(input) {
        let made: GroupView | undefined;
        await run(async () => {
          const r = await bridge.call('groups.create', input);
          if (r.ok) made = r.value;
          return r;
        });
        return made;
      },
      setInfo: (info) => run(() => bridge.call('groups.setInfo', { groupId: id(), ...info })),
      add: (members) => run(() => bridge.call('groups.addMembers', { groupId: id(), members })),
      remove: (members, deleteMessages) =>
        run(() => bridge.call('groups.removeMembers', { groupId: id(), members, deleteMessages })),
      promote: (members) => run(() => bridge.call('groups.promote', { groupId: id(), members })),
      leave: () => run(() => bridge.call('groups.leave', { groupId: id() })),
      destroy: () => run(() => bridge.call('groups.delete', { groupId: id() })),
    };
  });
}

export type GroupsStore = ReturnType<typeof createGroupsStore>;
