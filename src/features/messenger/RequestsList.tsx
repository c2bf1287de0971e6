import { useEffect } from 'react';
import { useChat, useNav, useRequests } from '../../app/stores-context';
import { PictureAvatar } from '../attachments/PictureAvatar';
import { ErrorAlert } from '../../components/ErrorAlert';
import { listTime } from '../../components/format-time';
import { PaneTitle } from '../../components/PaneTitle';
import { t } from '../../i18n/t';
import { RequestActions } from './RequestActions';
import { useNow } from './use-now';

/** The requests box in the left pane: each request with its first words and its three answers. */
export function RequestsList() {
  const { items, count, loading, error, load } = useRequests();
  const show = useNav((s) => s.show);
  const open = useChat((s) => s.open);
  const now = useNow(60_000);
  useEffect(() => void load(), [load]);
  return (
    <section className="requests" aria-labelledby="requests-heading">
      <PaneTitle
        id="requests-heading"
        title={t('requests.heading')}
        backLabel={t('requests.back')}
        onBack={() => show('chats')}
      />
      <p className="hint pane-note">{t('requests.intro')}</p>
      <ErrorAlert error={error} />
      {!loading && count === 0 && <p className="pane-note">{t('requests.none')}</p>}
      <ul className="request-list">
        {items.map((c) => (
          <li key={c.id} className="request-item">
            <button type="button" className="request-open" onClick={() => open(c.id)}>
              <PictureAvatar id={c.id} name={c.displayName} size={40} picture={c.avatar} />
              <span className="row-main">
                <span className="row-top">
                  <span className="row-name">{c.displayName}</span>
                  <span className="row-time">{listTime(c.lastActivityAt, now)}</span>
                </span>
                <span className="row-snippet">{c.lastMessage?.snippet ?? ''}</span>
              </span>
            </button>
            <RequestActions c={c} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
