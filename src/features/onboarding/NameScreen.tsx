import type { FormEvent } from 'react';
import { Busy } from '../../components/Busy';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { formText } from '../../components/form-text';
import { useOnboarding, useStores } from '../../app/stores-context';

export function NameScreen() {
  const { onboarding } = useStores();
  const { mode, busy, nameMissing, error, finish, goTo } = useOnboarding();
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    void finish(formText(form, 'displayName')).then(() => {
      // Send the user straight back to the field the error is about.
      if (onboarding.getState().nameMissing) form.querySelector('input')?.focus();
    });
  };
  return (
    <section className="panel screen" aria-labelledby="name-heading">
      <ScreenHeading id="name-heading">{t('name.heading')}</ScreenHeading>
      <p id="name-intro">{mode === 'restore' ? t('name.introRestore') : t('name.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor="display-name">{t('name.label')}</label>
          <input
            id="display-name"
            name="displayName"
            maxLength={64}
            autoComplete="nickname"
            aria-invalid={nameMissing}
            aria-describedby={nameMissing ? 'name-intro name-error' : 'name-intro'}
          />
        </div>
        {nameMissing && (
          <p role="alert" className="error" id="name-error">
            {t('name.required')}
          </p>
        )}
        <ErrorAlert error={error} />
        {busy && <Busy label={t('name.busy')} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {mode === 'create' ? t('name.finishCreate') : t('name.finishRestore')}
          </button>
          <button
            type="button"
            className="link"
            disabled={busy}
            onClick={() => goTo(mode === 'create' ? 'check' : 'restore')}
          >
            {mode === 'create' ? t('name.backToCheck') : t('name.backToPhrase')}
          </button>
        </div>
      </form>
    </section>
  );
}
