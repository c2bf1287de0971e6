import type { NotificationContent } from '../../../electron/bridge/methods/settings';
import { useNotifications, useSettings } from '../../app/stores-context';
import { t } from '../../i18n/t';
import { MessengerToggle } from './MessengerToggle';

const CONTENTS: readonly NotificationContent[] = ['name-and-message', 'name-only', 'nothing'];

function Permission() {
  const { permission, requestPermission } = useNotifications();
  return (
    <div className="settings-group">
      <p role="status">{t(`notifySettings.permission.${permission}`)}</p>
      {permission === 'default' && (
        <button type="button" className="primary" onClick={() => void requestPermission()}>
          {t('notifySettings.allow')}
        </button>
      )}
    </div>
  );
}

export function NotificationsSection() {
  const content = useSettings((s) => s.settings?.notificationContent);
  const setMessenger = useSettings((s) => s.setMessenger);
  const supported = content !== undefined;
  return (
    <>
      <Permission />
      <MessengerToggle setting="notifications" />
      <fieldset className="choice-list" disabled={!supported} aria-describedby="notify-content-hint">
        <legend>{t('notifySettings.content')}</legend>
        {CONTENTS.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="notification-content"
              value={c}
              checked={content === c}
              onChange={() => void setMessenger('notificationContent', c)}
            />
            {t(`notifySettings.content.${c}`)}
          </label>
        ))}
        <p id="notify-content-hint" className="hint">
          {t('notifySettings.contentHint')}
          {!supported && <span className="unsupported"> {t('pref.unsupported')}</span>}
        </p>
      </fieldset>
    </>
  );
}
