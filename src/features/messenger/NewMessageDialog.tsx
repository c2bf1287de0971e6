import type { FormEvent } from 'react';
import type { RecipientCheck } from '../../../electron/bridge/methods/conversations';
import { useChat, useNav, useNewMessage } from '../../app/stores-context';
import { Busy } from '../../components/Busy';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, t } from '../../i18n/t';

function checkText(check: RecipientCheck): string {
  switch (check.kind) {
    case 'session-id':
      return t('newMessage.isSessionId');
    case 'group-id':
      return t('newMessage.isGroupId');
    case 'ons-name':
      return t('newMessage.isOns', { name: check.name });
    case 'invalid':
      return errorText({ code: check.code, message: '' });
  }
}

/** Start a chat by Session ID or ONS name, checked as it is typed. */
export function NewMessageDialog() {
  const { input, check, attempted, opening, error, setInput, submit, reset } = useNewMessage();
  const closeDialog = useNav((s) => s.closeDialog);
  const openChat = useChat((s) => s.open);
  const focusComposer = useChat((s) => s.focusComposer);
  const close = (): void => {
    reset();
    closeDialog();
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    void submit().then((c) => {
      if (!c) return;
      closeDialog();
      openChat(c.id);
      // The person came here to write: the keyboard goes on in the composer, not back to the list.
      focusComposer(true);
    });
  };
  const invalid = check?.kind === 'invalid';
  const empty = attempted && input.trim() === '';
  return (
    <Dialog labelledBy="new-message-heading" describedBy="new-message-intro" onClose={close}>
      <h2 id="new-message-heading">{t('newMessage.heading')}</h2>
      <p id="new-message-intro" className="hint">
        {t('newMessage.intro')}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="new-message-to">{t('newMessage.label')}</label>
          <input
            id="new-message-to"
            value={input}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={256}
            autoFocus
            aria-invalid={invalid || empty}
            aria-describedby="new-message-check"
            onChange={(e) => void setInput(e.target.value)}
          />
        </div>
        <div id="new-message-check" data-testid="recipient-check">
          {empty && (
            <p role="alert" className="error">
              {t('newMessage.empty')}
            </p>
          )}
          {check &&
            (invalid && attempted ? (
              <p role="alert" className="error">
                {checkText(check)}
              </p>
            ) : (
              <p role="status" className={invalid ? 'hint' : 'ok'}>
                {checkText(check)}
              </p>
            ))}
        </div>
        {opening && (
          <Busy label={check?.kind === 'ons-name' ? t('newMessage.resolving') : t('newMessage.opening')} />
        )}
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('newMessage.submit')} onCancel={close} busy={opening} />
      </form>
    </Dialog>
  );
}
