import type { FormEvent } from 'react';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { useConversations } from '../../app/stores-context';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';

/** A nickname only the user sees; empty clears it (the profile name shows again). */
export function NicknameDialog({ c, onClose }: { c: ConversationView; onClose: () => void }) {
  const { setNickname, actionError } = useConversations();
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const nickname = formText(e.currentTarget, 'nickname').trim();
    void setNickname(c.id, nickname === '' ? null : nickname).then((done) => done && onClose());
  };
  return (
    <Dialog labelledBy="nickname-heading" describedBy="nickname-intro" onClose={onClose}>
      <h2 id="nickname-heading">{t('nickname.heading')}</h2>
      <p id="nickname-intro" className="hint">
        {t('nickname.intro', { name: c.profileName ?? c.displayName })}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="nickname-input">{t('nickname.label')}</label>
          <input
            id="nickname-input"
            name="nickname"
            maxLength={100}
            defaultValue={c.nickname ?? ''}
            autoFocus
            autoComplete="off"
          />
        </div>
        <ErrorAlert error={actionError} />
        <DialogActions submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
