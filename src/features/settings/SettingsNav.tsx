import { useNav } from '../../app/stores-context';
import { PaneTitle } from '../../components/PaneTitle';
import { t } from '../../i18n/t';
import { SETTINGS_SECTIONS } from '../../stores/nav-store';

/** The settings categories, in the left pane where the conversation list was. */
export function SettingsNav() {
  const { section, pane, show, showSection } = useNav();
  return (
    <nav className="settings-nav" aria-labelledby="settings-heading">
      <PaneTitle
        id="settings-heading"
        title={t('settings.heading')}
        backLabel={t('settings.back')}
        onBack={() => show('chats')}
      />
      <ul className="settings-sections">
        {SETTINGS_SECTIONS.map((s) => (
          <li key={s}>
            <button
              type="button"
              className={s === 'clear' ? 'section-button danger-text' : 'section-button'}
              aria-current={s === section && pane === 'detail' ? 'page' : s === section ? 'true' : undefined}
              onClick={() => showSection(s)}
            >
              {t(`settings.section.${s}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
