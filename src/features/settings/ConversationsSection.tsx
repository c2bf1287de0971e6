import { useConversations, useNav } from '../../app/stores-context';
import { t } from '../../i18n/t';
import { AttachmentSettings } from '../attachments/AttachmentSettings';

export function ConversationsSection() {
  return (
    <>
      <AttachmentSettings />
      <div className="settings-group">
        <h3>{t('settings.composing')}</h3>
        <p className="hint">{t('settings.composingHint')}</p>
      </div>
    </>
  );
}

export function RequestsSection() {
  const count = useConversations((s) => s.requestCount);
  const show = useNav((s) => s.show);
  return (
    <div className="settings-group">
      <p>{t('settings.requestsIntro')}</p>
      <button type="button" className="secondary" onClick={() => show('requests')}>
        {t('settings.requestsOpen', { n: count })}
      </button>
    </div>
  );
}
