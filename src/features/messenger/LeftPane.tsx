import { useAccount, useNav, useOwnAvatar, useSearch } from '../../app/stores-context';
import { PictureAvatar } from '../attachments/PictureAvatar';
import { Icon } from '../../components/icons';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { NewGroupButton } from '../groups/NewGroupButton';
import { SettingsNav } from '../settings/SettingsNav';
import { NetworkStatus } from '../status/NetworkStatus';
import { ConversationList } from './ConversationList';
import { RequestsEntry } from './RequestsEntry';
import { RequestsList } from './RequestsList';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';

function OwnProfile() {
  const account = useAccount((s) => s.account);
  const lockNow = useAccount((s) => s.lockNow);
  const { view, show, showSection } = useNav();
  const name = account?.displayName ?? '';
  const ownPicture = useOwnAvatar((s) => s.own);
  const id = account?.sessionId ?? '';
  return (
    <div className="pane-header">
      <button
        type="button"
        className="own-profile"
        onClick={() => showSection('profile')}
        aria-label={t('messenger.profile', { name })}
      >
        <PictureAvatar id={id} name={name} size={36} picture={ownPicture} />
        <span className="own-name">{name}</span>
      </button>
      {account?.vault === 'password' && (
        <button
          type="button"
          className="icon-button"
          onClick={() => void lockNow()}
          aria-label={t('nav.lockNow')}
          title={t('nav.lockNow')}
        >
          <Icon name="lock" />
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('nav.settings')}
        title={t('nav.settings')}
        aria-current={view === 'settings' ? 'page' : undefined}
        onClick={() => show(view === 'settings' ? 'chats' : 'settings')}
      >
        <Icon name="settings" />
      </button>
    </div>
  );
}

function ChatsSection() {
  const openDialog = useNav((s) => s.openDialog);
  const searching = useSearch((s) => s.query.trim() !== '');
  return (
    <>
      <div className="pane-tools">
        <SearchBox />
        <button
          type="button"
          className="icon-button primary-icon"
          onClick={() => openDialog('new-message')}
          aria-label={t('newMessage.open')}
          aria-keyshortcuts="Control+N Meta+N"
          title={t('newMessage.openHint')}
        >
          <Icon name="compose" />
        </button>
        <NewGroupButton />
      </div>
      <div className="pane-title">
        <ScreenHeading id="chats-heading">{t('home.heading')}</ScreenHeading>
      </div>
      {searching ? (
        <SearchResults />
      ) : (
        <>
          <RequestsEntry />
          <ConversationList />
        </>
      )}
    </>
  );
}

export function LeftPane() {
  const view = useNav((s) => s.view);
  return (
    <aside className="left-pane" id="left-pane" aria-label={t('messenger.leftPane')}>
      <h1 className="sr-only">{t('app.title')}</h1>
      <OwnProfile />
      <NetworkStatus />
      {view === 'settings' ? <SettingsNav /> : view === 'requests' ? <RequestsList /> : <ChatsSection />}
    </aside>
  );
}
