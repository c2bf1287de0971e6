import type { FormEvent } from 'react';
import { useAccount, useSecurity, useSettings, useStores } from '../../app/stores-context';
import { Busy } from '../../components/Busy';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';
import type { PasswordAction } from '../../stores/security-store';
import { passwordProblemText } from './password-problem-text';

const AUTO_LOCK_CHOICES = [0, 1, 5, 15, 30, 60] as const;

/** Runs a password action and empties the form once it succeeded (passwords do not linger). */
function useSubmit(action: PasswordAction, run: (form: HTMLFormElement) => Promise<void>) {
  const { security } = useStores();
  return (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    void run(form).then(() => {
      if (security.getState().done === action) form.reset();
    });
  };
}

function Problem({ action }: { action: PasswordAction }) {
  const problem = useSecurity((s) => (s.problem?.action === action ? s.problem : undefined));
  if (!problem) return null;
  return (
    <p role="alert" className="error">
      {passwordProblemText(problem)}
    </p>
  );
}

function Done({ action, text }: { action: PasswordAction; text: string }) {
  const done = useSecurity((s) => s.done === action);
  return (
    <p role="status" className="ok">
      {done && text}
    </p>
  );
}

function PasswordField({
  id,
  name,
  label,
  current,
}: {
  id: string;
  name: string;
  label: string;
  current?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={current ? 'current-password' : 'new-password'}
      />
    </div>
  );
}

function SetPasswordForm() {
  const { busy, setPassword } = useSecurity();
  const onSubmit = useSubmit('set', (f) => setPassword(formText(f, 'next'), formText(f, 'confirm')));
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <PasswordField id="set-next" name="next" label={t('settings.newPassword')} />
      <PasswordField id="set-confirm" name="confirm" label={t('settings.confirmPassword')} />
      <Problem action="set" />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy !== undefined}>
          {t('settings.setPassword')}
        </button>
      </div>
    </form>
  );
}

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

function ChangePasswordForm() {
  const { busy, changePassword } = useSecurity();
  const onSubmit = useSubmit('change', (f) =>
    changePassword(formText(f, 'current'), formText(f, 'next'), formText(f, 'confirm')),
  );
  return (
    <form className="form" noValidate aria-labelledby="change-heading" onSubmit={onSubmit}>
      <h4 id="change-heading">{t('settings.changeHeading')}</h4>
      <PasswordField id="change-current" name="current" label={t('settings.currentPassword')} current />
      <PasswordField id="change-next" name="next" label={t('settings.newPassword')} />
      <PasswordField id="change-confirm" name="confirm" label={t('settings.confirmPassword')} />
      <Problem action="change" />
      <Done action="change" text={t('settings.passwordChanged')} />
      <div className="actions">
        <button type="submit" className="secondary" disabled={busy !== undefined}>
          {t('settings.changePassword')}
        </button>
      </div>
    </form>
  );
}

function RemovePasswordForm() {
  const { busy, removePassword } = useSecurity();
  const onSubmit = useSubmit('remove', (f) => removePassword(formText(f, 'current')));
  return (
    <form className="form" noValidate aria-labelledby="remove-heading" onSubmit={onSubmit}>
      <h4 id="remove-heading">{t('settings.removeHeading')}</h4>
      <PasswordField id="remove-current" name="current" label={t('settings.currentPassword')} current />
      <Problem action="remove" />
      <div className="actions">
        <button type="submit" className="danger" disabled={busy !== undefined}>
          {t('settings.removePassword')}
        </button>
      </div>
    </form>
  );
}

export function AppLockSection() {
  const vault = useAccount((s) => s.account?.vault);
  const lockNow = useAccount((s) => s.lockNow);
  const busy = useSecurity((s) => s.busy);
  const hasPassword = vault === 'password';
  return (
    <section className="panel" aria-labelledby="lock-section-heading">
      <h3 id="lock-section-heading">{t('settings.lock')}</h3>
      <p>{hasPassword ? t('settings.lockOn') : t('settings.lockOff')}</p>
      {vault === 'keyfile' && <p className="warning">{t('settings.keyfileWarning')}</p>}
      {busy && <Busy label={t('settings.passwordBusy')} />}
      <Done action="remove" text={t('settings.passwordRemoved')} />
      {!hasPassword ? (
        <SetPasswordForm />
      ) : (
        <>
          <Done action="set" text={t('settings.passwordSet')} />
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void lockNow()}>
              {t('nav.lockNow')}
            </button>
          </div>
          <AutoLockChoice />
          <ChangePasswordForm />
          <RemovePasswordForm />
        </>
      )}
    </section>
  );
}
