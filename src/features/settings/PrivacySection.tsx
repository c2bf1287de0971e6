import { useState } from 'react';
import { useAccount, useSecurity, useSettings } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import type { PasswordAction } from '../../stores/security-store';
import { MessengerToggle } from './MessengerToggle';
import { PasswordDialog } from './PasswordDialogs';

const AUTO_LOCK_CHOICES = [0, 1, 5, 15, 30, 60] as const;

function AutoLockChoice() {
  const autoLock = useSettings((s) => s.settings?.autoLockMinutes ?? 0);
  const setAutoLock = useSettings((s) => s.setAutoLock);
  const label = (n: number): string =>
    n === 0
      ? t('settings.autoLockNever')
      : n === 1
        ? t('settings.autoLockMinute')
        : t('settings.autoLockMinutes', { n });
  return (
    <div className="field spaced">
      <label htmlFor="auto-lock">{t('settings.autoLock')}</label>
      <select id="auto-lock" value={autoLock} onChange={(e) => void setAutoLock(Number(e.target.value))}>
        {AUTO_LOCK_CHOICES.map((n) => (
          <option key={n} value={n}>
            {label(n)}
          </option>
        ))}
      </select>
    </div>
  );
}

const DONE_TEXT = {
  set: 'settings.passwordSet',
  change: 'settings.passwordChanged',
  remove: 'settings.passwordRemoved',
} as const;

function AppLock() {
  const vault = useAccount((s) => s.account?.vault);
  const lockNow = useAccount((s) => s.lockNow);
  const done = useSecurity((s) => s.done);
  const [dialog, setDialog] = useState<PasswordAction>();
  const hasPassword = vault === 'password';
  return (
    <section className="settings-group" aria-labelledby="lock-section-heading">
      <h3 id="lock-section-heading">{t('settings.lock')}</h3>
      <p>{hasPassword ? t('settings.lockOn') : t('settings.lockOff')}</p>
      {vault === 'keychain' && <p>{t('settings.keychainNote')}</p>}
      {vault === 'keyfile' && <p className="warning">{t('settings.keyfileWarning')}</p>}
      <p role="status" className="ok">
        {done && t(DONE_TEXT[done])}
      </p>
      <div className="actions">
        {hasPassword ? (
          <>
            <button type="button" className="secondary" onClick={() => setDialog('change')}>
              {t('settings.changePasswordOpen')}
            </button>
            <button type="button" className="danger" onClick={() => setDialog('remove')}>
              {t('settings.removePasswordOpen')}
            </button>
            <button type="button" className="secondary" onClick={() => void lockNow()}>
              {t('nav.lockNow')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => setDialog('set')}>
            {t('settings.setPasswordOpen')}
          </button>
        )}
      </div>
      {hasPassword && <AutoLockChoice />}
      {dialog && <PasswordDialog action={dialog} onClose={() => setDialog(undefined)} />}
    </section>
  );
}

export function PrivacySection() {
  const error = useSettings((s) => s.error);
  return (
    <>
      <AppLock />
      <section className="settings-group" aria-labelledby="privacy-messages-heading">
        <h3 id="privacy-messages-heading">{t('settings.privacyMessages')}</h3>
        <ErrorAlert error={error} />
        <MessengerToggle setting="readReceipts" />
        <MessengerToggle setting="typingIndicators" />
        <MessengerToggle setting="linkPreviews" />
      </section>
    </>
  );
}
