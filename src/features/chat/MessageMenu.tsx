import type { MessageView } from '../../../electron/bridge/methods/messages';
import { useStores } from '../../app/stores-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Menu } from '../../components/Menu';
import { t } from '../../i18n/t';
import type { DeleteScope } from '../../stores/messenger/message-actions-store';
import { messageMenu } from './message-menu';
import { QUICK_REACTIONS } from './ReactionPicker';
import type { MenuFor } from './use-row-actions';

export type Deleting = { m: MessageView; scope: DeleteScope };

/** A message's menu (right click, the ⋯ button, Enter, the menu key or Shift+F10). */
export function MessageMenu({
  menu,
  canSend,
  onClose,
  onReact,
  onDelete,
}: {
  menu: MenuFor;
  canSend: boolean;
  onClose: () => void;
  onReact: (m: MessageView) => void;
  onDelete: (d: Deleting) => void;
}) {
  const { composer, messageActions, clipboard } = useStores();
  const { m } = menu;
  const items = messageMenu(m, canSend, {
    reply: () => {
      composer.getState().reply(m);
      document.getElementById('composer-input')?.focus();
    },
    react: () => onReact(m),
    copy: () => void clipboard.getState().copy(`message-${m.id}`, m.body ?? ''),
    retry: () => void messageActions.getState().retry(m),
    remove: (scope) => onDelete({ m, scope }),
    info: () => void messageActions.getState().showInfo(m),
  });
  const quick =
    canSend && m.kind === 'text' ? (
      <div className="menu-reactions" role="group" aria-label={t('message.quickReactions')}>
        {QUICK_REACTIONS.map((emoji) => (
          <button
            key={emoji}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu-emoji"
            aria-label={t('message.reactWith', { emoji })}
            onClick={() => {
              onClose();
              void messageActions.getState().react(m, emoji);
            }}
          >
            {emoji}
          </button>
        ))}
      </div>
    ) : undefined;
  return (
    <Menu
      label={t('message.menu')}
      at={{ x: menu.x, y: menu.y }}
      header={quick}
      items={items}
      onClose={onClose}
    />
  );
}

/** Deleting asks first, saying who loses the message. */
export function ConfirmDelete({ deleting, onClose }: { deleting: Deleting; onClose: () => void }) {
  const { messageActions } = useStores();
  const everyone = deleting.scope === 'everyone';
  return (
    <ConfirmDialog
      title={t(everyone ? 'message.deleteEveryoneTitle' : 'message.deleteMeTitle')}
      confirmLabel={t(everyone ? 'message.deleteForEveryone' : 'message.deleteForMe')}
      danger
      onClose={onClose}
      onConfirm={() => void messageActions.getState().remove(deleting.m, deleting.scope)}
    >
      <p>{t(everyone ? 'message.deleteEveryoneText' : 'message.deleteMeText')}</p>
    </ConfirmDialog>
  );
}
