import { useEffect, type FormEvent } from 'react';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { useBackup, useStores } from '../../app/stores-context';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';
import { exportName, joinPath } from './paths';

/** Export this chat as a readable web page (pictures inlined) or as JSON, to a path on this machine. */
export function ExportChatDialog({ c, onClose }: { c: ConversationView; onClose: () => void }) {
  const { backup } = useStores();
  const { status, busy, error, exported, exportConversation } = useBackup();
  useEffect(() => {
    void backup.getState().load();
    return () => backup.getState().dismiss();
  }, [backup]);
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    const format = formText(form, 'format') === 'json' ? 'json' : 'html';
    void exportConversation({ conversationId: c.id, format, path: formText(form, 'path').trim() });
  };
  const folder = status?.defaultFolder ?? '';
  return (
    <Dialog labelledBy="export-heading" describedBy="export-intro" onClose={onClose}>
      <h2 id="export-heading">{t('exportChat.heading')}</h2>
      <p id="export-intro" className="hint">
        {t('exportChat.intro')}
      </p>
      {exported ? (
        <>
          <p role="status" className="ok">
            {t('exportChat.done', { messages: exported.messages, path: exported.path })}
          </p>
          <div className="actions dialog-actions">
            <button type="button" className="primary" onClick={onClose} autoFocus>
              {t('exportChat.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <fieldset className="field">
            <legend>{t('exportChat.format')}</legend>
            <label>
              <input type="radio" name="format" value="html" defaultChecked /> {t('exportChat.html')}
            </label>
            <label>
              <input type="radio" name="format" value="json" /> {t('exportChat.json')}
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="export-path">{t('exportChat.path')}</label>
            {status && (
              <input
                id="export-path"
                name="path"
                defaultValue={joinPath(folder, exportName(c.displayName, 'html'))}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </div>
          <ErrorAlert error={error} />
          <DialogActions submitLabel={t('exportChat.save')} onCancel={onClose} busy={busy} />
        </form>
      )}
    </Dialog>
  );
}
