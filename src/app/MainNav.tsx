import { t } from '../i18n/t';
import { useAccountStore } from '../stores/account-store';
import { useNavStore } from '../stores/nav-store';

export function MainNav() {
  const { view, show } = useNavStore();
  const canLock = useAccountStore((s) => s.account?.vault === 'password');
  const lockNow = useAccountStore((s) => s.lockNow);
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <button
        type="button"
        className="nav-button"
        aria-current={view === 'home' ? 'page' : undefined}
        onClick={() => show('home')}
      >
        {t('nav.conversations')}
      </button>
      <button
        type="button"
        className="nav-button"
        aria-current={view === 'settings' ? 'page' : undefined}
        onClick={() => show('settings')}
      >
        {t('nav.settings')}
      </button>
      {canLock && (
        <button type="button" className="nav-button" onClick={() => void lockNow()}>
          {t('nav.lockNow')}
        </button>
      )}
    </nav>
  );
}
