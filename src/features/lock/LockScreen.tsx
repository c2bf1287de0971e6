import { useEffect, type FormEvent } from 'react';
import { Busy } from '../../components/Busy';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { useLock } from '../../app/stores-context';

export function LockScreen() {
  const { busy, error, retryAfter, unlock, resume } = useLock();
  useEffect(() => resume(), [resume]);
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const input = e.currentTarget.elements.namedItem('password');
    if (!(input instanceof HTMLInputElement)) return;
    const password = input.value;
    void unlock(password).then(() => {
      // A failed attempt leaves the field empty and focused for the next try.
      if (input.isConnected) {
        input.value = '';
        input.focus();
      }
    });
  };
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
            aria-describedby={error ? 'lock-intro lock-error' : 'lock-intro'}
          />
        </div>
        <ErrorAlert error={error} id="lock-error" />
        {retryAfter > 0 && (
          <p role="status" className="hint">
            {t('lock.retryIn', { n: retryAfter })}
          </p>
        )}
        {busy && <Busy label={t('lock.busy')} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('lock.unlock')}
          </button>
        </div>
      </form>
    </section>
  );
}
