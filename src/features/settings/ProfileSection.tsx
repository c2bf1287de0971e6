import type { FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { formText } from '../../components/form-text';
import { useAccount, useProfile } from '../../app/stores-context';

export function ProfileSection() {
  const displayName = useAccount((s) => s.account?.displayName ?? '');
  const { busy, saved, nameMissing, error, saveName } = useProfile();
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    void saveName(formText(e.currentTarget, 'displayName'));
  };
  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h3 id="profile-heading">{t('settings.profile')}</h3>
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor="settings-name">{t('name.label')}</label>
          <input
            id="settings-name"
            name="displayName"
            maxLength={64}
            defaultValue={displayName}
            key={displayName}
            autoComplete="nickname"
            aria-invalid={nameMissing}
          />
        </div>
        {nameMissing && (
          <p role="alert" className="error">
            {t('name.required')}
          </p>
        )}
        <ErrorAlert error={error} />
        <p role="status" className="ok">
          {saved && t('settings.nameSaved')}
        </p>
        <div className="actions">
          <button type="submit" className="secondary" disabled={busy}>
            {t('settings.saveName')}
          </button>
        </div>
      </form>
    </section>
  );
}
