import { useSettings } from '../../app/stores-context';
import { t } from '../../i18n/t';
import type { MessengerKey } from '../../stores/settings-store';

type BooleanKey =
  | 'readReceipts'
  | 'typingIndicators'
  | 'linkPreviews'
  | 'notifications'
  | 'autoDownload'
  | 'startInTray'
  | 'openAtLogin';

/**
 * A messenger setting as a switch, with what it means. When this core does not keep the key yet,
 * the switch is shown off and disabled, and says so, instead of pretending.
 */
export function MessengerToggle({ setting }: { setting: BooleanKey & MessengerKey }) {
  const value = useSettings((s) => s.settings?.[setting]);
  const supported = value !== undefined;
  const setMessenger = useSettings((s) => s.setMessenger);
  const id = `setting-${setting}`;
  return (
    <div className="toggle-row">
      <div className="toggle-text">
        <label htmlFor={id}>{t(`pref.${setting}`)}</label>
        <p id={`${id}-hint`} className="hint">
          {t(`pref.${setting}.hint`)}
          {!supported && <span className="unsupported"> {t('pref.unsupported')}</span>}
        </p>
      </div>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={value === true}
        disabled={!supported}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void setMessenger(setting, e.target.checked)}
      />
    </div>
  );
}
