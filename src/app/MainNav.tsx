import { t } from '../i18n/t';
import { useAccount, useNav } from './stores-context';

export function MainNav() {
  const { view, show } = useNav();
  const canLock = useAccount((s) => s.account?.vault === 'password');
  const lockNow = useAccount((s) => s.lockNow);
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
