import { useEffect, useState, type FormEvent } from 'react';
import { useLock } from '../../app/stores-context';
import { Busy } from '../../components/Busy';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { ClearDataDialog } from '../settings/ClearDataDialog';

/** One message while unlocking pauses: what went wrong (if anything) and how long to wait. */
function pauseText(seconds: number, wrong: boolean): string {
  const wait = t(seconds === 1 ? 'lock.retryInOne' : 'lock.retryIn', { n: seconds });
  return wrong ? t('lock.wrongThenWait', { wait }) : t('lock.tooMany', { wait });
}

export function LockScreen() {
  const { busy, error, retryAfter, unlock, resume } = useLock();
  const [forgot, setForgot] = useState(false);
  useEffect(() => resume(), [resume]);
  const paused = retryAfter > 0;
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const input = e.currentTarget.elements.namedItem('password');
    if (!(input instanceof HTMLInputElement) || paused) return;
    const password = input.value;
    void unlock(password).then(() => {
      // A failed attempt leaves the field empty and focused for the next try.
      if (input.isConnected) {
        input.value = '';
        input.focus();
      }
    });
  };
  const describedBy = error || paused ? 'lock-intro lock-error' : 'lock-intro';
  return (
    <section className="panel screen narrow" aria-labelledby="lock-heading">
      <ScreenHeading id="lock-heading">{t('lock.heading')}</ScreenHeading>
      <p id="lock-intro">{t('lock.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor="lock-password">{t('lock.password')}</label>
          <input
            id="lock-password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={error !== undefined}
            aria-describedby={describedBy}
          />
        </div>
        {paused ? (
          <p role="alert" className="error" id="lock-error">
            {pauseText(retryAfter, error?.code === 'wrong-password')}
          </p>
        ) : (
          <ErrorAlert error={error} id="lock-error" />
        )}
        {busy && <Busy label={t('lock.busy')} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || paused}>
            {t('lock.unlock')}
          </button>
          <button type="button" className="link" onClick={() => setForgot(true)}>
            {t('lock.forgot')}
          </button>
        </div>
      </form>
      {forgot && <ClearDataDialog restore onClose={() => setForgot(false)} />}
    </section>
  );
}
