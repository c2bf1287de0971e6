import { useLinks } from '../../app/stores-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { t } from '../../i18n/t';

/** "Open this link?" with the whole address, so a look-alike name cannot hide where it goes. */
export function LinkConfirmDialog() {
  const { pending, confirm, cancel } = useLinks();
  if (!pending) return null;
  return (
    <ConfirmDialog title={t('link.title')} confirmLabel={t('link.open')} onConfirm={confirm} onClose={cancel}>
      <p>{t('link.text')}</p>
      <p className="mono break link-address">{pending}</p>
    </ConfirmDialog>
  );
}
