import type { FormEvent } from 'react';
import { Busy } from '../../components/Busy';
import { t } from '../../i18n/t';
import { useAccountStore } from '../../stores/account-store';
import { useSecurityStore, type PasswordAction } from '../../stores/security-store';
import { useSettingsStore } from '../../stores/settings-store';
import { passwordProblemText } from './password-problem-text';
import { formText } from '../../components/form-text';

const AUTO_LOCK_CHOICES = [0, 1, 5, 15, 30, 60] as const;

/** Runs a password action and empties the form once it succeeded (passwords do not linger). */
function submitWith(run: (form: HTMLFormElement) => Promise<void>, action: PasswordAction) {
  return (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    void run(form).then(() => {
      if (useSecurityStore.getState().done === action) form.reset();
    });
  };
}

function Problem({ action }: { action: PasswordAction }) {
  const problem = useSecurityStore((s) => (s.problem?.action === action ? s.problem : undefined));
  if (!problem) return null;
  return (
    <p role="alert" className="error">
      {passwordProblemText(problem)}
    </p>
  );
}

function Done({ action, text }: { action: PasswordAction; text: string }) {
  const done = useSecurityStore((s) => s.done === action);
  return (
    <p role="status" className="ok">
      {done && text}
    </p>
  );
}

export function AppLockSection() {
  const vault = useAccountStore((s) => s.account?.vault);
  const lockNow = useAccountStore((s) => s.lockNow);
  const autoLock = useSettingsStore((s) => s.settings?.autoLockMinutes ?? 0);
  const setAutoLock = useSettingsStore((s) => s.setAutoLock);
  const { busy, setPassword, changePassword, removePassword } = useSecurityStore();
  const hasPassword = vault === 'password';

  return (
    <section className="panel" aria-labelledby="lock-section-heading">
      <h3 id="lock-section-heading">{t('settings.lock')}</h3>
      <p>{hasPassword ? t('settings.lockOn') : t('settings.lockOff')}</p>
      {vault === 'keychain' && <p>{t('settings.keychainNote')}</p>}
      {vault === 'keyfile' && <p className="warning">{t('settings.keyfileWarning')}</p>}
      {busy && <Busy label={t('settings.passwordBusy')} />}
      <Done action="remove" text={t('settings.passwordRemoved')} />

      {!hasPassword ? (
        <form
          className="form"
          noValidate
          onSubmit={submitWith((f) => setPassword(formText(f, 'next'), formText(f, 'confirm')), 'set')}
        >
          <div className="field">
            <label htmlFor="set-next">{t('settings.newPassword')}</label>
            <input id="set-next" name="next" type="password" autoComplete="new-password" />
          </div>
          <div className="field">
            <label htmlFor="set-confirm">{t('settings.confirmPassword')}</label>
            <input id="set-confirm" name="confirm" type="password" autoComplete="new-password" />
          </div>
          <Problem action="set" />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy !== undefined}>
              {t('settings.setPassword')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <Done action="set" text={t('settings.passwordSet')} />
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void lockNow()}>
              {t('nav.lockNow')}
            </button>
          </div>
          <div className="field spaced">
            <label htmlFor="auto-lock">{t('settings.autoLock')}</label>
            <select
              id="auto-lock"
              value={autoLock}
              onChange={(e) => void setAutoLock(Number(e.target.value))}
            >
              {AUTO_LOCK_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n === 0
                    ? t('settings.autoLockNever')
                    : n === 1
                      ? t('settings.autoLockMinute')
                      : t('settings.autoLockMinutes', { n })}
                </option>
              ))}
            </select>
          </div>

          <form
            className="form"
            noValidate
            aria-labelledby="change-heading"
            onSubmit={submitWith(
              (f) => changePassword(formText(f, 'current'), formText(f, 'next'), formText(f, 'confirm')),
              'change',
            )}
          >
            <h4 id="change-heading">{t('settings.changeHeading')}</h4>
            <div className="field">
              <label htmlFor="change-current">{t('settings.currentPassword')}</label>
              <input id="change-current" name="current" type="password" autoComplete="current-password" />
            </div>
            <div className="field">
              <label htmlFor="change-next">{t('settings.newPassword')}</label>
              <input id="change-next" name="next" type="password" autoComplete="new-password" />
            </div>
            <div className="field">
              <label htmlFor="change-confirm">{t('settings.confirmPassword')}</label>
              <input id="change-confirm" name="confirm" type="password" autoComplete="new-password" />
            </div>
            <Problem action="change" />
            <Done action="change" text={t('settings.passwordChanged')} />
            <div className="actions">
              <button type="submit" className="secondary" disabled={busy !== undefined}>
                {t('settings.changePassword')}
              </button>
            </div>
          </form>

          <form
            className="form"
            noValidate
            aria-labelledby="remove-heading"
            onSubmit={submitWith((f) => removePassword(formText(f, 'current')), 'remove')}
          >
            <h4 id="remove-heading">{t('settings.removeHeading')}</h4>
            <div className="field">
              <label htmlFor="remove-current">{t('settings.currentPassword')}</label>
              <input id="remove-current" name="current" type="password" autoComplete="current-password" />
            </div>
            <Problem action="remove" />
            <div className="actions">
              <button type="submit" className="danger" disabled={busy !== undefined}>
                {t('settings.removePassword')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
