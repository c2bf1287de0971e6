import { useEffect } from 'react';
import { useBackup, useStores } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { BackupNowForm } from './BackupNowForm';
import { BackupProgress } from './BackupProgress';
import { ScheduleForm } from './ScheduleForm';

/** The search index's repair, for `search-index-damaged` (rarely needed, so it sits here). */
function SearchIndex() {
  const { rebuildIndex, indexRebuilt, busy } = useBackup();
  return (
    <section className="settings-group" aria-labelledby="search-index-heading">
      <h3 id="search-index-heading">{t('backup.search.heading')}</h3>
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void rebuildIndex()}>
          {t('backup.search.rebuild')}
        </button>
      </div>
      {indexRebuilt && <p role="status">{t('backup.search.rebuilt')}</p>}
    </section>
  );
}

/** Settings → Backup: a backup now, automatic backups, and the search index. */
export function BackupSection() {
  const { backup } = useStores();
  const { status, error } = useBackup();
  useEffect(() => {
    const stop = backup.getState().start();
    void backup.getState().load();
    return () => {
      stop();
      backup.getState().dismiss();
    };
  }, [backup]);
  const folder = status?.defaultFolder ?? '';
  return (
    <>
      <section className="settings-group" aria-label={t('settings.section.backup')}>
        <p className="hint">{t('backup.intro')}</p>
        <ErrorAlert error={error} />
        {status && <BackupNowForm defaultFolder={folder} />}
        <BackupProgress kinds={['export']} />
      </section>
      <section className="settings-group" aria-labelledby="backup-auto-heading">
        <h3 id="backup-auto-heading">{t('backup.auto.heading')}</h3>
        {status && <ScheduleForm schedule={status.schedule} defaultFolder={folder} />}
        <BackupProgress kinds={['scheduled']} />
      </section>
      <SearchIndex />
    </>
  );
}
