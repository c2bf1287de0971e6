/**
 * What a group's chat header adds to a one-to-one's: the member count under the name, the menu's
 * "Members" and "Group settings", and their dialogs (the group's view loaded as they open).
 */
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { useGroups } from '../../app/stores-context';
import type { MenuItem } from '../../components/Menu';
import { t } from '../../i18n/t';
import { GroupMembersDialog } from './GroupMembersDialog';
import { GroupSettingsDialog } from './GroupSettingsDialog';

export type GroupPanel = 'members' | 'group-settings';

export function memberCountText(n: number): string {
  return n === 1 ? t('group.memberCountOne') : t('group.memberCount', { n });
}

/** The menu entries of a group's header; `open` shows a panel. */
export function useGroupMenuItems(
  c: ConversationView | undefined,
  open: (panel: GroupPanel) => void,
): MenuItem[] {
  const show = useGroups((s) => s.show);
  if (c?.kind !== 'group') return [];
  const opener = (panel: GroupPanel) => () => void show(c.id).then(() => open(panel));
  return [
    { id: 'members', label: t('group.members'), run: opener('members') },
    { id: 'group-settings', label: t('group.settings'), run: opener('group-settings') },
  ];
}

export function GroupPanels({ panel, onClose }: { panel: GroupPanel | undefined; onClose: () => void }) {
  const close = useGroups((s) => s.close);
  const done = (): void => {
    close();
    onClose();
  };
  if (panel === 'members') return <GroupMembersDialog onClose={done} />;
  if (panel === 'group-settings') return <GroupSettingsDialog onClose={done} />;
  return null;
}
