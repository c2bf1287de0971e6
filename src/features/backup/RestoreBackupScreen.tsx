import { useEffect, type FormEvent } from 'react';
import { useBackup, useOnboarding, useStores } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formText } from '../../components/form-text';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { BackupProgress } from './BackupProgress';

/**
 * Onboarding's "Restore from a backup file": the recovery phrase, the file and its passphrase.
 * The restore runs as a job; when it ends well the account opens and the main screen follows.
 */
export function RestoreBackupScreen() {
  const { backup } = useStores();
  const reset = useOnboarding((s) => s.reset);
  const { restore, busy, error, job } = useBackup();
  useEffect(() => {
    const stop = backup.getState().start();
    void backup.getState().load();
    return () => {
      stop();
      backup.getState().dismiss();
    };
  }, [backup]);
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    void restore({
      phrase: formText(form, 'phrase').trim(),
      file: formText(form, 'file').trim(),
      passphrase: formText(form, 'passphrase'),
    });
  };
  const running = job?.kind === 'restore';
  return (
    <section className="panel screen" aria-labelledby="restore-backup-heading">
      <ScreenHeading id="restore-backup-heading">{t('restoreBackup.heading')}</ScreenHeading>
      <p id="restore-backup-intro">{t('restoreBackup.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-describedby="restore-backup-intro">
        <div className="field">
          <label htmlFor="restore-backup-phrase">{t('restoreBackup.phrase')}</label>
          <textarea
            id="restore-backup-phrase"
            name="phrase"
            rows={3}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="restore-backup-file">{t('restoreBackup.file')}</label>
          <input id="restore-backup-file" name="file" autoComplete="off" spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor="restore-backup-passphrase">{t('restoreBackup.passphrase')}</label>
          <input
            id="restore-backup-passphrase"
            name="passphrase"
            type="password"
            autoComplete="current-password"
          />
        </div>
        <ErrorAlert error={error} />
        <BackupProgress kinds={['restore']} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || running}>
            {t('restoreBackup.start')}
          </button>
          <button type="button" className="link" onClick={reset} disabled={running}>
            {t('restoreBackup.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
