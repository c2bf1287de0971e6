import type { FormEvent } from 'react';
import { useSecurity, useStores } from '../../app/stores-context';
import { Busy } from '../../components/Busy';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';
import type { PasswordAction } from '../../stores/security-store';
import { passwordProblemText } from './password-problem-text';

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
  const wrong = useSecurity((s) => s.problem?.field === name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={current ? 'current-password' : 'new-password'}
        aria-invalid={wrong}
        aria-describedby={wrong ? `${id}-problem` : undefined}
      />
    </div>
  );
}

const FIELDS: Record<PasswordAction, { name: string; label: Parameters<typeof t>[0]; current?: boolean }[]> =
  {
    set: [
      { name: 'next', label: 'settings.newPassword' },
      { name: 'confirm', label: 'settings.confirmPassword' },
    ],
    change: [
      { name: 'current', label: 'settings.currentPassword', current: true },
      { name: 'next', label: 'settings.newPassword' },
      { name: 'confirm', label: 'settings.confirmPassword' },
    ],
    remove: [{ name: 'current', label: 'settings.currentPassword', current: true }],
  };

const WORDS = {
  set: { heading: 'settings.setHeading', intro: 'settings.setIntro', submit: 'settings.setPassword' },
  change: {
    heading: 'settings.changeHeading',
    intro: 'settings.changeIntro',
    submit: 'settings.changePassword',
  },
  remove: {
    heading: 'settings.removeHeading',
    intro: 'settings.removeIntro',
    submit: 'settings.removePassword',
  },
} as const;

/** One password action in its own dialog; it closes once the core accepted it. */
export function PasswordDialog({ action, onClose }: { action: PasswordAction; onClose: () => void }) {
  const { security } = useStores();
  const { busy, problem, setPassword, changePassword, removePassword, forget } = useSecurity();
  const run = (f: HTMLFormElement): Promise<void> => {
    if (action === 'set') return setPassword(formText(f, 'next'), formText(f, 'confirm'));
    if (action === 'change')
      return changePassword(formText(f, 'current'), formText(f, 'next'), formText(f, 'confirm'));
    return removePassword(formText(f, 'current'));
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    void run(form).then(() => {
      const s = security.getState();
      if (s.done === action) return onClose();
      // Back to the field the problem is about, emptied: passwords do not linger on screen.
      const field = s.problem?.field
        ? form.querySelector<HTMLInputElement>(`[name="${s.problem.field}"]`)
        : null;
      if (field) {
        field.value = '';
        field.focus();
      }
    });
  };
  const close = (): void => {
    if (busy) return;
    forget();
    onClose();
  };
  const w = WORDS[action];
  const mine = problem?.action === action ? problem : undefined;
  return (
    <Dialog labelledBy={`${action}-heading`} describedBy={`${action}-intro`} onClose={close}>
      <h2 id={`${action}-heading`}>{t(w.heading)}</h2>
      <p id={`${action}-intro`} className="hint">
        {t(w.intro)}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        {FIELDS[action].map((f) => (
          <PasswordField
            key={f.name}
            id={`${action}-${f.name}`}
            name={f.name}
            label={t(f.label)}
            current={f.current}
          />
        ))}
        {mine && (
          <p role="alert" className="error" id={`${action}-${mine.field ?? 'form'}-problem`}>
            {passwordProblemText(mine)}
          </p>
        )}
        {busy === action && <Busy label={t('settings.passwordBusy')} />}
        <DialogActions
          submitLabel={t(w.submit)}
          onCancel={close}
          danger={action === 'remove'}
          busy={busy !== undefined}
        />
      </form>
    </Dialog>
  );
}
