import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { useChat, useConversations } from '../../app/stores-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { t } from '../../i18n/t';

export type Confirming = { action: 'delete' | 'block' | 'clear'; c: ConversationView };

/** Deleting, clearing and blocking are asked about first, saying what they do. */
export function ConfirmConversationAction({
  confirming,
  onClose,
}: {
  confirming: Confirming;
  onClose: () => void;
}) {
  const act = useConversations((s) => s.act);
  const { openId, close } = useChat();
  const { action, c } = confirming;
  const words = {
    delete: { title: 'confirm.deleteTitle', text: 'confirm.deleteText', button: 'list.delete' },
    block: { title: 'confirm.blockTitle', text: 'confirm.blockText', button: 'list.block' },
    clear: { title: 'confirm.clearTitle', text: 'confirm.clearText', button: 'chat.clear' },
  } as const;
  const w = words[action];
  return (
    <ConfirmDialog
      title={t(w.title, { name: c.displayName })}
      confirmLabel={t(w.button)}
      danger
      onClose={onClose}
      onConfirm={() =>
        void act(c.id, action).then((done) => {
          if (done && action === 'delete' && openId === c.id) close();
        })
      }
    >
      <p>{t(w.text, { name: c.displayName })}</p>
    </ConfirmDialog>
  );
}
