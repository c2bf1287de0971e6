import { useEffect } from 'react';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { AboutPanel } from '../features/about/AboutPanel';
import { HomeScreen } from '../features/home/HomeScreen';
import { LockScreen } from '../features/lock/LockScreen';
import { Onboarding } from '../features/onboarding/Onboarding';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { t } from '../i18n/t';
import { useAccountStore } from '../stores/account-store';
import { useAppStore } from '../stores/app-store';
import { startAutoLock } from '../stores/auto-lock';
import { useNavStore } from '../stores/nav-store';
import { useSettingsStore } from '../stores/settings-store';
import { MainNav } from './MainNav';

function Screen() {
  const state = useAccountStore((s) => s.account?.state);
  const view = useNavStore((s) => s.view);
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
  const startApp = useAppStore((s) => s.start);
  const startAccount = useAccountStore((s) => s.start);
  const startSettings = useSettingsStore((s) => s.start);
  const state = useAccountStore((s) => s.account?.state);
  useEffect(() => startApp(), [startApp]);
  useEffect(() => startSettings(), [startSettings]);
  useEffect(() => startAccount(), [startAccount]);
  useEffect(() => startAutoLock(), []);
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
