import { useEffect, type CSSProperties } from 'react';
import { startMessenger } from '../../app/messenger-session';
import { useAnnouncer, useChat, useLayout, useNav, useStores } from '../../app/stores-context';
import { ChatView } from '../chat/ChatView';
import { SettingsScreen } from '../settings/SettingsScreen';
import { CreateGroupDialog } from '../groups/CreateGroupDialog';
import { EmptyChat } from './EmptyChat';
import { LeftPane } from './LeftPane';
import { NewMessageDialog } from './NewMessageDialog';
import { PaneResizer } from './PaneResizer';
import { useMessengerKeys } from './use-messenger-keys';

/**
 * The main screen: the left pane (own profile, search, new message, the list) beside the right
 * pane (the open chat, settings, or the empty state). A narrow window shows one of them at a time.
 */
export function MessengerScreen() {
  const stores = useStores();
  useEffect(() => startMessenger(stores), [stores]);
  useMessengerKeys();
  const view = useNav((s) => s.view);
  const pane = useNav((s) => s.pane);
  const dialog = useNav((s) => s.dialog);
  const openId = useChat((s) => s.openId);
  const width = useLayout((s) => s.paneWidth);
  const announcement = useAnnouncer((s) => s.text);
  return (
    <div className="messenger" data-pane={pane} style={{ '--pane-width': `${width}px` } as CSSProperties}>
      <LeftPane />
      <PaneResizer />
      <main className="right-pane" id="main-pane">
        {view === 'settings' ? <SettingsScreen /> : openId ? <ChatView key={openId} /> : <EmptyChat />}
      </main>
      {dialog === 'new-message' && <NewMessageDialog />}
      {dialog === 'new-group' && <CreateGroupDialog />}
      <p className="sr-only" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
    </div>
  );
}
