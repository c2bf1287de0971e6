import { useEffect } from 'react';
import { AboutPanel } from '../features/about/AboutPanel';
import { LockScreen } from '../features/lock/LockScreen';
import { MessengerScreen } from '../features/messenger/MessengerScreen';
import { Onboarding } from '../features/onboarding/Onboarding';
import { CoreBanner } from '../features/status/CoreBanner';
import { t } from '../i18n/t';
import { startAutoLock } from '../stores/auto-lock';
import { windowTitle } from '../stores/messenger/notification-rules';
import { useAccount, useApp, useConversations, useSettings, useStores } from './stores-context';

/** Before the account is open: onboarding, the lock screen, or word that the core is starting. */
function Door({ state }: { state: 'no-account' | 'locked' | undefined }) {
  const unreachable = useApp((s) => s.unreachable);
  return (
    <div className="shell">
      <header className="topbar">
        <h1>{t('app.title')}</h1>
      </header>
      <main className="content">
        {state === 'no-account' ? (
          <Onboarding />
        ) : state === 'locked' ? (
          <LockScreen />
        ) : (
          <p role="status" className="panel">
            {unreachable ? t(`core.${unreachable}`) : t('app.loading')}
          </p>
        )}
        <details className="about-details">
          <summary>{t('about.heading')}</summary>
          <AboutPanel />
        </details>
      </main>
    </div>
  );
}

export function App() {
  const startApp = useApp((s) => s.start);
  const startAccount = useAccount((s) => s.start);
  const startSettings = useSettings((s) => s.start);
  const state = useAccount((s) => s.account?.state);
  const unread = useConversations((s) => s.unreadTotal);
  useEffect(() => startApp(), [startApp]);
  useEffect(() => startSettings(), [startSettings]);
  useEffect(() => startAccount(), [startAccount]);
  const stores = useStores();
  useEffect(() => startAutoLock(stores), [stores]);
  useEffect(() => {
    document.title = windowTitle(state === 'ready' ? unread : 0);
  }, [state, unread]);
  return (
    <div className="app-frame">
      <CoreBanner />
      {state === 'ready' ? <MessengerScreen /> : <Door state={state} />}
    </div>
  );
}
