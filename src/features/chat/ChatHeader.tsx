import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { useState } from 'react';
import { useChat, useChatSearch, useConversations } from '../../app/stores-context';
import { PictureAvatar } from '../attachments/PictureAvatar';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/icons';
import { Menu, type MenuItem } from '../../components/Menu';
import { t } from '../../i18n/t';
import { isMuted } from '../../stores/messenger/conversation-order';
import { GroupPanels, memberCountText, useGroupMenuItems, type GroupPanel } from '../groups/GroupHeaderParts';
import { ExportChatDialog } from '../backup/ExportChatDialog';
import { ConfirmConversationAction, type Confirming } from '../messenger/ConfirmConversationAction';
import { useNow } from '../messenger/use-now';
import { settingText } from './disappearing-text';
import { DisappearingDialog } from './DisappearingDialog';
import { NicknameDialog } from './NicknameDialog';

type Open = 'menu' | 'nickname' | 'disappearing' | 'export' | GroupPanel;

function shortId(id: string): string {
  return `${id.slice(0, 8)}…${id.slice(-6)}`;
}

/** Under the name: typing, the member count of a group, or the short ID; and the timer chip. */
function ChatSubtitle({ c }: { c: ConversationView }) {
  return (
    <div className="chat-subtitle">
      {c.typing ? (
        <span className="typing">{t('list.typing')}</span>
      ) : c.kind === 'group' ? (
        <span>{memberCountText(c.memberCount ?? 0)}</span>
      ) : (
        <span className="mono" title={c.id}>
          {shortId(c.id)}
        </span>
      )}
      {c.disappearing.mode !== 'off' && (
        <span className="timer-chip" title={settingText(c.disappearing)}>
          <Icon name="timer" size={14} />
          <span className="sr-only">{settingText(c.disappearing)}</span>
        </span>
      )}
    </div>
  );
}

export function ChatHeader({ onBack }: { onBack: () => void }) {
  const c = useChat((s) => s.conversation);
  const act = useConversations((s) => s.act);
  const findInChat = useChatSearch((s) => s.show);
  const [open, setOpen] = useState<Open>();
  const [confirming, setConfirming] = useState<Confirming>();
  const now = useNow(60_000);
  const groupItems = useGroupMenuItems(c, setOpen);
  if (!c) return <header className="chat-header" id="chat-title" />;
  const muted = isMuted(c, now);
  const items: MenuItem[] = [
    ...groupItems,
    ...(c.kind === 'direct'
      ? [{ id: 'nickname', label: t('chat.nickname'), run: () => setOpen('nickname') }]
      : []),
    { id: 'timer', label: t('chat.disappearing'), run: () => setOpen('disappearing') },
    {
      id: 'mute',
      label: t(muted ? 'list.unmute' : 'list.mute'),
      run: () => void act(c.id, muted ? 'unmute' : 'mute'),
    },
    ...(c.kind === 'direct'
      ? [
          c.blocked
            ? { id: 'block', label: t('list.unblock'), run: () => void act(c.id, 'unblock') }
            : {
                id: 'block',
                label: t('list.block'),
                danger: true,
                run: () => setConfirming({ action: 'block', c }),
              },
        ]
      : []),
    { id: 'export', label: t('exportChat.open'), run: () => setOpen('export') },
    { id: 'clear', label: t('chat.clear'), danger: true, run: () => setConfirming({ action: 'clear', c }) },
    {
      id: 'delete',
      label: t('list.delete'),
      danger: true,
      run: () => setConfirming({ action: 'delete', c }),
    },
  ];
  return (
    <header className="chat-header">
      <button type="button" className="icon-button narrow-only" onClick={onBack} aria-label={t('chat.back')}>
        <Icon name="back" />
      </button>
      <PictureAvatar id={c.id} name={c.displayName} size={40} picture={c.avatar} />
      <div className="chat-title">
        <h2 id="chat-title">{c.displayName}</h2>
        <ChatSubtitle c={c} />
      </div>
      <CopyButton id={`chat-id-${c.id}`} text={c.id} label={t('chat.copyId')} />
      <button
        type="button"
        className="icon-button"
        aria-label={t('chatSearch.open')}
        aria-keyshortcuts="Control+F Meta+F"
        title={t('chatSearch.open')}
        onClick={findInChat}
      >
        <Icon name="search" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('chat.menu')}
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        onClick={() => setOpen(open === 'menu' ? undefined : 'menu')}
      >
        <Icon name="more" />
      </button>
      {open === 'menu' && <Menu label={t('chat.menu')} items={items} onClose={() => setOpen(undefined)} />}
      {open === 'nickname' && <NicknameDialog c={c} onClose={() => setOpen(undefined)} />}
      {open === 'disappearing' && <DisappearingDialog c={c} onClose={() => setOpen(undefined)} />}
      <GroupPanels
        panel={open === 'members' || open === 'group-settings' ? open : undefined}
        onClose={() => setOpen(undefined)}
      />
      {open === 'export' && <ExportChatDialog c={c} onClose={() => setOpen(undefined)} />}
      {confirming && (
        <ConfirmConversationAction confirming={confirming} onClose={() => setConfirming(undefined)} />
      )}
    </header>
  );
}
