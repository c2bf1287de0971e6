import { useEffect } from 'react';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { ThemePicker } from '../components/ThemePicker';
import { AboutPanel } from '../features/about/AboutPanel';
import { t } from '../i18n/t';
import { useAppStore } from '../stores/app-store';

export function App() {
  const start = useAppStore((s) => s.start);
  useEffect(() => start(), [start]);
  return (
    <div className="shell">
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <ConnectionStatus />
      </header>
      <main className="content">
        <AboutPanel />
        <section className="panel">
          <ThemePicker />
        </section>
      </main>
    </div>
  );
}
