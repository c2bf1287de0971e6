import { t } from '../i18n/t';

/** A dialog's closing row: Cancel, then the form's submit button (the dialog's one action). */
export function DialogActions({
  submitLabel,
  onCancel,
  danger = false,
  busy = false,
}: {
  submitLabel: string;
  onCancel: () => void;
  danger?: boolean;
  busy?: boolean;
}) {
  return (
    <div className="actions dialog-actions">
      <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </button>
      <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
