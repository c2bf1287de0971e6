import { useEffect } from 'react';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { AboutPanel } from '../features/about/AboutPanel';
import { HomeScreen } from '../features/home/HomeScreen';
import { LockScreen } from '../features/lock/LockScreen';
import { Onboarding } from '../features/onboarding/Onboarding';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { t } from '../i18n/t';
import { startAutoLock } from '../stores/auto-lock';
import { MainNav } from './MainNav';
import { useAccount, useApp, useNav, useSettings, useStores } from './stores-context';

function Screen() {
  const state = useAccount((s) => s.account?.state);
  const view = useNav((s) => s.view);
  switch (state) {
    case undefined:
      return (
        <p role="status" className="panel">
          {t('app.loading')}
        </p>
      );
    case 'no-account':
      return <Onboarding />;
    case 'locked':
      return <LockScreen />;
    case 'ready':
      return view === 'settings' ? <SettingsScreen /> : <HomeScreen />;
  }
}

export function App() {
  const startApp = useApp((s) => s.start);
  const startAccount = useAccount((s) => s.start);
  const startSettings = useSettings((s) => s.start);
  const state = useAccount((s) => s.account?.state);
  useEffect(() => startApp(), [startApp]);
  useEffect(() => startSettings(), [startSettings]);
  useEffect(() => startAccount(), [startAccount]);
  const stores = useStores();
  useEffect(() => startAutoLock(stores), [stores]);
  return (
    <div className="shell">
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        {state === 'ready' && <MainNav />}
        <ConnectionStatus />
      </header>
      <main className="content">
        <Screen />
        {state !== 'ready' && (
          <details className="about-details">
            <summary>{t('about.heading')}</summary>
            <AboutPanel />
          </details>
        )}
      </main>
    </div>
  );
}
