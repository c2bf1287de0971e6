import { useState, type FormEvent } from 'react';
import { useBackup } from '../../app/stores-context';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';
import { defaultBackupName, joinPath } from './paths';

/** Folder, file name and a passphrase typed twice; the job's progress follows below the form. */
export function BackupNowForm({ defaultFolder }: { defaultFolder: string }) {
  const { create, busy, job } = useBackup();
  const [mismatch, setMismatch] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    const passphrase = formText(form, 'passphrase');
    if (passphrase !== formText(form, 'again')) return setMismatch(true);
    setMismatch(false);
    const path = joinPath(formText(form, 'folder').trim(), formText(form, 'name').trim());
    void create(path, passphrase).then((started) => {
      if (started) form.reset();
    });
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="backup-now-heading">
      <h3 id="backup-now-heading">{t('backup.now.heading')}</h3>
      <div className="field">
        <label htmlFor="backup-folder">{t('backup.folder')}</label>
        <input
          id="backup-folder"
          name="folder"
          defaultValue={defaultFolder}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor="backup-name">{t('backup.fileName')}</label>
        <input
          id="backup-name"
          name="name"
          defaultValue={defaultBackupName()}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor="backup-passphrase">{t('backup.passphrase')}</label>
        <input
          id="backup-passphrase"
          name="passphrase"
          type="password"
          autoComplete="new-password"
          aria-describedby="backup-passphrase-hint"
        />
        <p id="backup-passphrase-hint" className="hint">
          {t('backup.passphraseHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="backup-again">{t('backup.passphraseAgain')}</label>
        <input
          id="backup-again"
          name="again"
          type="password"
          autoComplete="new-password"
          aria-invalid={mismatch}
        />
      </div>
      {mismatch && (
        <p role="alert" className="error">
          {t('backup.passphraseMismatch')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || job !== undefined}>
          {t('backup.start')}
        </button>
      </div>
    </form>
  );
}
