import { useEffect } from 'react';
import { ScreenHeading } from '../../components/ScreenHeading';
import { ThemePicker } from '../../components/ThemePicker';
import { t } from '../../i18n/t';
import { AboutPanel } from '../about/AboutPanel';
import { AppLockSection } from './AppLockSection';
import { PhraseSection } from './PhraseSection';
import { ProfileSection } from './ProfileSection';
import { useNav, useProfile, useSecurity } from '../../app/stores-context';

export function SettingsScreen() {
  const show = useNav((s) => s.show);
  const leave = useSecurity((s) => s.leave);
  const clearProfile = useProfile((s) => s.clearStatus);
  // Leaving Settings forgets a revealed phrase and stale confirmations.
  useEffect(
    () => () => {
      leave();
      clearProfile();
    },
    [leave, clearProfile],
  );
  return (
    <div className="settings">
      <div className="screen-top">
        <ScreenHeading id="settings-heading">{t('settings.heading')}</ScreenHeading>
        <button type="button" className="link" onClick={() => show('home')}>
          {t('settings.back')}
        </button>
      </div>
      <ProfileSection />
      <PhraseSection />
      <AppLockSection />
      <section className="panel" aria-labelledby="appearance-heading">
        <h3 id="appearance-heading">{t('settings.appearance')}</h3>
        <ThemePicker />
      </section>
      <AboutPanel />
    </div>
  );
}
