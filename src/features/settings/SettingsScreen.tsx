import { useEffect } from 'react';
import { useNav, useProfile, useSecurity } from '../../app/stores-context';
import { Icon } from '../../components/icons';
import { ThemePicker } from '../../components/ThemePicker';
import { t } from '../../i18n/t';
import type { SettingsSection } from '../../stores/nav-store';
import { BackupSection } from '../backup/BackupSection';
import { ClearDataSection } from './ClearDataSection';
import { ConversationsSection, RequestsSection } from './ConversationsSection';
import { HelpSection } from './HelpSection';
import { NotificationsSection } from './NotificationsSection';
import { PhraseSection } from './PhraseSection';
import { PrivacySection } from './PrivacySection';
import { ProfileSection } from './ProfileSection';

function Section({ section }: { section: SettingsSection }) {
  switch (section) {
    case 'profile':
      return <ProfileSection />;
    case 'privacy':
      return <PrivacySection />;
    case 'notifications':
      return <NotificationsSection />;
    case 'conversations':
      return <ConversationsSection />;
    case 'requests':
      return <RequestsSection />;
    case 'appearance':
      return <ThemePicker />;
    case 'phrase':
      return <PhraseSection />;
    case 'backup':
      return <BackupSection />;
    case 'help':
      return <HelpSection />;
    case 'clear':
      return <ClearDataSection />;
  }
}

/** The right pane in Settings: the chosen category. */
export function SettingsScreen() {
  const { section, back } = useNav();
  const leave = useSecurity((s) => s.leave);
  const clearProfile = useProfile((s) => s.clearStatus);
  // Leaving a category forgets a revealed phrase and stale confirmations.
  useEffect(
    () => () => {
      leave();
      clearProfile();
    },
    [leave, clearProfile, section],
  );
  return (
    <section className="settings-page" aria-labelledby="section-heading">
      <div className="section-top">
        <button
          type="button"
          className="icon-button narrow-only"
          onClick={back}
          aria-label={t('settings.backToList')}
        >
          <Icon name="back" />
        </button>
        <h2 id="section-heading">{t(`settings.section.${section}`)}</h2>
      </div>
      <div className="section-body">
        <Section section={section} />
      </div>
    </section>
  );
}
