/** A message's menu: reply, react, copy, retry, delete, info — only what applies to it. */
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { MenuItem } from '../../components/Menu';
import { t } from '../../i18n/t';
import { deletableForEveryone, type DeleteScope } from '../../stores/messenger/message-actions-store';

export type MessageMenuActions = {
  reply: () => void;
  react: () => void;
  copy: () => void;
  retry: () => void;
  remove: (scope: DeleteScope) => void;
  info: () => void;
};

export function messageMenu(m: MessageView, canSend: boolean, a: MessageMenuActions): MenuItem[] {
  const bubble = m.kind === 'text';
  const items: MenuItem[] = [];
  if (bubble && canSend) items.push({ id: 'reply', label: t('message.reply'), run: a.reply });
  if (bubble && canSend) items.push({ id: 'react', label: t('message.react'), run: a.react });
  if (bubble && m.body) items.push({ id: 'copy', label: t('message.copy'), run: a.copy });
  if (m.status === 'failed') items.push({ id: 'retry', label: t('message.retry'), run: a.retry });
  items.push({
    id: 'delete-me',
    label: t('message.deleteForMe'),
    danger: true,
    run: () => a.remove('this-device'),
  });
  if (deletableForEveryone(m)) {
    items.push({
      id: 'delete-all',
      label: t('message.deleteForEveryone'),
      danger: true,
      run: () => a.remove('everyone'),
    });
  }
  items.push({ id: 'info', label: t('message.info'), run: a.info });
  return items;
}
