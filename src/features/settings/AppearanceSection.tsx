import { useApp } from '../../app/stores-context';
import { ThemePicker } from '../../components/ThemePicker';
import { t } from '../../i18n/t';
import { MessengerToggle } from './MessengerToggle';

/** Only the desktop app can start at login or hide in a tray; a browser tab cannot. */
function DesktopStartup() {
  const host = useApp((s) => s.info?.host);
  if (host !== 'electron') return null;
  return (
    <section className="settings-group" aria-labelledby="desktop-startup-heading">
      <h3 id="desktop-startup-heading">{t('pref.desktopHeading')}</h3>
      <MessengerToggle setting="openAtLogin" />
      <MessengerToggle setting="startInTray" />
    </section>
  );
}

export function AppearanceSection() {
  return (
    <>
      <ThemePicker />
      <DesktopStartup />
    </>
  );
}
