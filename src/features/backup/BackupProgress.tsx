import { useBackup } from '../../app/stores-context';
import { errorText, t } from '../../i18n/t';

/** The running job's bar with Cancel, and how the last one ended. */
export function BackupProgress({ kinds }: { kinds: readonly ('export' | 'scheduled' | 'restore')[] }) {
  const { job, finished, cancel, busy } = useBackup();
  const mine = job && kinds.includes(job.kind) ? job : undefined;
  const ended = finished && kinds.includes(finished.kind) ? finished : undefined;
  return (
    <>
      {mine && (
        <div className="backup-progress">
          <label htmlFor={`backup-progress-${mine.jobId}`}>
            {t(`backup.phase.${mine.phase}`, { percent: Math.floor(mine.fraction * 100) })}
          </label>
          <progress
            id={`backup-progress-${mine.jobId}`}
            max={1}
            value={mine.fraction}
            aria-label={t('backup.progress')}
          />
          <button type="button" className="secondary" disabled={busy} onClick={() => void cancel()}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      {ended?.ok && ended.file && (
        <p role="status" className="ok" data-testid="backup-done">
          {t('backup.done', { file: ended.file })}
        </p>
      )}
      {ended && !ended.ok && (
        <p role="alert" className="error">
          {errorText(ended.error)}
        </p>
      )}
    </>
  );
}
