/**
 * The composition root of the renderer's state: every store is made here from the one bridge it
 * is given (the host's `window.shallot` in the app, a fake in tests), and the few links between
 * stores are made here too, so no store reads a global or imports another store.
 */
import type { ShallotBridge } from '../bridge/bridge';
import type { TransportSource } from '../bridge/transport';
import { createAccountStore } from '../stores/account-store';
import { createAvatarStore } from '../stores/attachments/avatar-store';
import { createMediaStore } from '../stores/attachments/media-store';
import { createStagingStore } from '../stores/attachments/staging-store';
import { createAppStore } from '../stores/app-store';
import { createClearDataStore } from '../stores/clear-data-store';
import { createClipboardStore, type WriteText } from '../stores/clipboard-store';
import { createLockStore } from '../stores/lock-store';
import { createGroupsStore } from '../stores/groups/groups-store';
import { createAnnouncerStore } from '../stores/messenger/announcer-store';
import { createChatStore } from '../stores/messenger/chat-store';
import { createComposerStore } from '../stores/messenger/composer-store';
import { createConversationsStore } from '../stores/messenger/conversations-store';
import { createFocusStore, pageFocus, type FocusSource } from '../stores/messenger/focus-store';
import { createLayoutStore, type PaneStorage } from '../stores/messenger/layout-store';
import { createLinksStore, type OpenLink } from '../stores/messenger/links-store';
import { createMessageActionsStore } from '../stores/messenger/message-actions-store';
import { createNewMessageStore } from '../stores/messenger/new-message-store';
import {
  hostNotifications,
  createNotificationsStore,
  type NotificationSink,
} from '../stores/messenger/notifier';
import { createRequestsStore } from '../stores/messenger/requests-store';
import { createBackupStore } from '../stores/backup/backup-store';
import { createChatSearchStore } from '../stores/search/chat-search-store';
import { createSearchStore } from '../stores/search/search-store';
import { createNavStore } from '../stores/nav-store';
import { createOnboardingStore } from '../stores/onboarding-store';
import { createProfileStore } from '../stores/profile-store';
import { createSecurityStore } from '../stores/security-store';
import { createSettingsStore, type ThemeSink } from '../stores/settings-store';

export type StoreOptions = {
  theme?: ThemeSink;
  writeText?: WriteText;
  transport?: TransportSource;
  focus?: FocusSource;
  notifications?: NotificationSink;
  openLink?: OpenLink;
  paneStorage?: PaneStorage;
};

function messengerStores(
  bridge: ShallotBridge,
  options: StoreOptions,
  settings: ReturnType<typeof createSettingsStore>,
) {
  const focus = createFocusStore(options.focus ?? pageFocus());
  const conversations = createConversationsStore(bridge);
  const chat = createChatStore(bridge, conversations, { isActive: () => focus.getState().active });
  const nav = createNavStore();
  const typingAllowed = (id: string): boolean => {
    const c = conversations.getState().byId(id);
    return (
      settings.getState().settings?.typingIndicators === true &&
      c?.kind === 'direct' &&
      c.request === 'none' &&
      c.sendability.canSend
    );
  };
  const openChat = (id: string): void => {
    nav.getState().show('chats');
    chat.getState().open(id);
  };
  // A search hit opens its chat at the message: the page around it, highlighted.
  const openAt = (id: string, messageId: string): void => {
    openChat(id);
    void chat.getState().window?.getState().jumpTo(messageId);
  };
  return {
    focus,
    announcer: createAnnouncerStore(bridge, chat, conversations),
    conversations,
    requests: createRequestsStore(bridge, conversations),
    chat,
    nav,
    composer: createComposerStore(bridge, { typingAllowed, onSent: (m) => chat.getState().accept(m) }),
    newMessage: createNewMessageStore(bridge),
    groups: createGroupsStore(bridge),
    messageActions: createMessageActionsStore(bridge, chat),
    links: createLinksStore(options.openLink),
    search: createSearchStore(bridge, { openChat, openAt }),
    chatSearch: createChatSearchStore(bridge, chat),
    layout: createLayoutStore(options.paneStorage),
    notifications: createNotificationsStore(bridge, options.notifications ?? hostNotifications(), {
      conversations,
      chat,
      settings,
      focus,
      openChat,
    }),
  };
}

export function createStores(bridge: ShallotBridge, options: StoreOptions = {}) {
  const settings = createSettingsStore(bridge, options.theme);
  const messenger = messengerStores(bridge, options, settings);
  const { chat, composer, nav } = messenger;
  const staging = createStagingStore(bridge);
  const account = createAccountStore(bridge, {
    // Settings live in the account's store: read them again whenever it opens.
    onOpened: () => void settings.getState().load(),
    // A draft typed just before locking is saved while the store can still take it.
    beforeLock: () => composer.getState().flush(),
  });
  const onboarding = createOnboardingStore(bridge, account);
  // The composer follows the open chat (saving the draft of the one left), and a narrow window
  // switches to the chat pane when one opens.
  chat.subscribe((s, before) => {
    if (s.openId === before.openId) return;
    messenger.chatSearch.getState().hide();
    void composer.getState().switchTo(s.openId);
    staging.getState().discard();
    if (s.openId) nav.getState().showDetail();
  });
  return {
    app: createAppStore(bridge, options.transport),
    settings,
    account,
    lock: createLockStore(bridge, account),
    onboarding,
    profile: createProfileStore(bridge, account),
    security: createSecurityStore(bridge, account),
    clipboard: createClipboardStore(options.writeText),
    clearData: createClearDataStore(bridge, account, onboarding),
    media: createMediaStore(bridge),
    avatar: createAvatarStore(bridge),
    staging,
    backup: createBackupStore(bridge),
    ...messenger,
  };
}

export type Stores = ReturnType<typeof createStores>;
