import { errorText, t } from '../../i18n/t';
import { formatUptime } from './format-uptime';
import { useApp } from '../../app/stores-context';

export function AboutPanel() {
  const info = useApp((s) => s.info);
  const uptimeMs = useApp((s) => s.status?.uptimeMs ?? s.info?.uptimeMs);
  const error = useApp((s) => s.error);
  return (
    <section className="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('about.heading')}</h2>
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
      {info ? (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('about.network')}</dt>
          <dd data-testid="app-network">{info.network}</dd>
          <dt>{t('about.host')}</dt>
          <dd data-testid="app-host">{t(`about.host.${info.host}`)}</dd>
          <dt>{t('about.dataDir')}</dt>
          <dd data-testid="app-data-dir" className="mono">
            {info.dataDir}
          </dd>
          <dt>{t('about.uptime')}</dt>
          <dd data-testid="app-uptime">{formatUptime(uptimeMs ?? 0)}</dd>
        </dl>
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </section>
  );
}
