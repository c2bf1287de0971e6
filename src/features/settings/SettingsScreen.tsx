import { useEffect } from 'react';
import { ScreenHeading } from '../../components/ScreenHeading';
import { ThemePicker } from '../../components/ThemePicker';
import { t } from '../../i18n/t';
import { useNavStore } from '../../stores/nav-store';
import { useProfileStore } from '../../stores/profile-store';
import { useSecurityStore } from '../../stores/security-store';
import { AboutPanel } from '../about/AboutPanel';
import { AppLockSection } from './AppLockSection';
import { PhraseSection } from './PhraseSection';
import { ProfileSection } from './ProfileSection';

export function SettingsScreen() {
  const show = useNavStore((s) => s.show);
  const leave = useSecurityStore((s) => s.leave);
  const clearProfile = useProfileStore((s) => s.clearStatus);
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
