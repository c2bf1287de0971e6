import { useState, type FormEvent } from 'react';
import { useBackup } from '../../app/stores-context';
import { exactTime } from '../../components/format-time';
import { formText } from '../../components/form-text';
import { errorText, t } from '../../i18n/t';
import type { BackupSchedule } from '../../stores/backup/backup-store';

const DAILY = 24;
const WEEKLY = 168;

function ScheduleStatus({ s }: { s: BackupSchedule }) {
  const { clearSchedule, runNow, busy, job } = useBackup();
  return (
    <div className="schedule-status">
      <p>{t('backup.auto.status', { folder: s.folder, hours: s.intervalHours, keep: s.keep })}</p>
      <p className="hint">
        {s.lastRunAt ? t('backup.auto.last', { time: exactTime(s.lastRunAt) }) : t('backup.auto.never')}{' '}
        {t('backup.auto.next', { time: exactTime(s.nextRunAt) })}
      </p>
      {s.lastError && (
        <p role="alert" className="error">
          {t('backup.auto.lastError', { reason: errorText({ code: s.lastError, message: s.lastError }) })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy || job !== undefined}
          onClick={() => void runNow()}
        >
          {t('backup.auto.runNow')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void clearSchedule()}>
          {t('backup.auto.off')}
        </button>
      </div>
    </div>
  );
}

/** Automatic backups: the schedule as it is, or the form that sets one. */
export function ScheduleForm({
  schedule,
  defaultFolder,
}: {
  schedule: BackupSchedule | null;
  defaultFolder: string;
}) {
  const { setSchedule, busy } = useBackup();
  const [mismatch, setMismatch] = useState(false);
  if (schedule) return <ScheduleStatus s={schedule} />;
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    const passphrase = formText(form, 'passphrase');
    if (passphrase !== formText(form, 'again')) return setMismatch(true);
    setMismatch(false);
    void setSchedule({
      folder: formText(form, 'folder').trim(),
      intervalHours: Number(formText(form, 'every')) || DAILY,
      keep: Math.min(100, Math.max(1, Math.trunc(Number(formText(form, 'keep'))) || 5)),
      passphrase,
    });
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-describedby="backup-auto-intro">
      <p id="backup-auto-intro" className="hint">
        {t('backup.auto.intro')}
      </p>
      <div className="field">
        <label htmlFor="auto-folder">{t('backup.folder')}</label>
        <input
          id="auto-folder"
          name="folder"
          defaultValue={defaultFolder}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor="auto-every">{t('backup.auto.every')}</label>
        <select id="auto-every" name="every" defaultValue={String(DAILY)}>
          <option value={DAILY}>{t('backup.auto.daily')}</option>
          <option value={WEEKLY}>{t('backup.auto.weekly')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="auto-keep">{t('backup.auto.keep')}</label>
        <input id="auto-keep" name="keep" type="number" min={1} max={100} defaultValue={5} />
      </div>
      <div className="field">
        <label htmlFor="auto-passphrase">{t('backup.passphrase')}</label>
        <input id="auto-passphrase" name="passphrase" type="password" autoComplete="new-password" />
      </div>
      <div className="field">
        <label htmlFor="auto-again">{t('backup.passphraseAgain')}</label>
        <input
          id="auto-again"
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
        <button type="submit" className="primary" disabled={busy}>
          {t('backup.auto.save')}
        </button>
      </div>
    </form>
  );
}
