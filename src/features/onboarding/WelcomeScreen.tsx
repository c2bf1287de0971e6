import { Busy } from '../../components/Busy';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { useOnboarding } from '../../app/stores-context';

export function WelcomeScreen() {
  const { startCreate, startRestore, goTo, busy, error } = useOnboarding();
  return (
    <section className="panel screen" aria-labelledby="welcome-heading">
      <ScreenHeading id="welcome-heading">{t('welcome.heading')}</ScreenHeading>
      <p>{t('welcome.intro')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void startCreate()}>
          {t('welcome.create')}
        </button>
        <button type="button" className="secondary" onClick={startRestore}>
          {t('welcome.restore')}
        </button>
        <button type="button" className="secondary" onClick={() => goTo('restore-backup')}>
          {t('welcome.restoreBackup')}
        </button>
      </div>
      {busy && <Busy label={t('common.working')} />}
      <ErrorAlert error={error} />
    </section>
  );
}
