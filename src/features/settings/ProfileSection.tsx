import type { FormEvent } from 'react';
import { useAccount, useProfile } from '../../app/stores-context';
import { CopyButton } from '../../components/CopyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';
import { AvatarPicker } from '../attachments/AvatarPicker';

export function ProfileSection() {
  const displayName = useAccount((s) => s.account?.displayName ?? '');
  const sessionId = useAccount((s) => s.account?.sessionId ?? '');
  const { busy, saved, nameMissing, error, saveName, clearStatus } = useProfile();
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    void saveName(formText(e.currentTarget, 'displayName'));
  };
  return (
    <>
      <AvatarPicker />
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
            onChange={() => (saved || nameMissing) && clearStatus()}
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
      <div className="settings-group">
        <h3>{t('home.idHeading')}</h3>
        <p className="session-id mono">{sessionId}</p>
        <CopyButton id="profile-session-id" text={sessionId} label={t('home.copyId')} />
      </div>
    </>
  );
}
