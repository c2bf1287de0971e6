import { useApp } from '../../app/stores-context';
import { t } from '../../i18n/t';

/** Shown only while the local core cannot be reached, with the reason. */
export function CoreBanner() {
  const unreachable = useApp((s) => (s.connection === 'disconnected' ? s.unreachable : undefined));
  if (!unreachable) return null;
  return (
    <div className="core-banner" role="alert" data-testid="core-banner">
      <strong>{t('core.unreachable')}</strong> {t(`core.${unreachable}`)}
    </div>
  );
}
