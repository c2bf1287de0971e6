import type { FormEvent } from 'react';
import { useClearData } from '../../app/stores-context';
import { Busy } from '../../components/Busy';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';

/**
 * Deleting this device's account data, after a warning that says exactly what is lost, and only once
 * the user typed the confirmation word. `restore`: the way out of a forgotten password, which goes
 * on to restoring from the recovery phrase.
 */
export function ClearDataDialog({ restore, onClose }: { restore: boolean; onClose: () => void }) {
  const { busy, mismatch, error, clear, reset } = useClearData();
  const close = (): void => {
    if (busy) return;
    reset();
    onClose();
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    void clear(formText(form, 'confirm'), restore).then((done) => {
      if (!done) form.querySelector('input')?.focus();
    });
  };
  return (
    <Dialog labelledBy="clear-heading" describedBy="clear-warning" onClose={close}>
      <h2 id="clear-heading">{t(restore ? 'clearData.forgotHeading' : 'clearData.heading')}</h2>
      <div id="clear-warning" className="warning danger-warning">
        <p>{t('clearData.warning')}</p>
        <p>{t('clearData.phraseNeeded')}</p>
      </div>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="clear-confirm">{t('clearData.typeLabel', { word: t('clearData.word') })}</label>
          <input
            id="clear-confirm"
            name="confirm"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={mismatch}
            aria-describedby={mismatch ? 'clear-mismatch' : undefined}
          />
        </div>
        {mismatch && (
          <p role="alert" className="error" id="clear-mismatch">
            {t('clearData.mismatch', { word: t('clearData.word') })}
          </p>
        )}
        <ErrorAlert error={error} />
        {busy && <Busy label={t('clearData.busy')} />}
        <DialogActions submitLabel={t('clearData.submit')} onCancel={close} danger busy={busy} />
      </form>
    </Dialog>
  );
}
