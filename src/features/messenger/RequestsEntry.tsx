import { useConversations, useNav } from '../../app/stores-context';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';

/** "Message requests" with its count, above the list, only while there are any. */
export function RequestsEntry() {
  const count = useConversations((s) => s.requestCount);
  const show = useNav((s) => s.show);
  if (count === 0) return null;
  return (
    <button type="button" className="requests-entry" onClick={() => show('requests')}>
      <span className="requests-icon" aria-hidden="true">
        <Icon name="requests" />
      </span>
      <span className="requests-label">{t('requests.entry')}</span>
      <span className="badge" aria-label={t('requests.count', { n: count })}>
        {count}
      </span>
    </button>
  );
}
