import { t } from '../i18n/t';
import { useApp } from '../app/stores-context';

export function ConnectionStatus() {
  const connection = useApp((s) => s.connection);
  const network = useApp((s) => s.status?.connection ?? 'off');
  const networkName = useApp((s) => s.status?.network ?? s.info?.network ?? '');
  const paths = useApp((s) => s.status?.paths ?? 0);
  return (
    <div className="status" role="status" aria-live="polite" aria-label={t('status.label')}>
      <span className={`status-dot status-${connection}`} aria-hidden="true" />
      <span data-testid="connection">{t(`status.${connection}`)}</span>
      <span className="status-sep" aria-hidden="true">
        ·
      </span>
      <span data-testid="network-state">
        {t(network === 'online' ? 'network.lineOnline' : 'network.line', {
          label: t('network.label', { name: networkName }),
          state: t(`network.${network}`),
          paths: t('network.paths', { n: paths }),
        })}
      </span>
    </div>
  );
}
