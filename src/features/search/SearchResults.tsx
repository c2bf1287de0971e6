import { useSearch } from '../../app/stores-context';
import { Avatar } from '../../components/Avatar';
import { ErrorAlert } from '../../components/ErrorAlert';
import { listTime } from '../../components/format-time';
import { t } from '../../i18n/t';
import type { MessageHit, PersonHit } from '../../stores/search/search-store';
import { useNow } from '../messenger/use-now';
import { Snippet, snippetText } from './Snippet';

/** The id of result `index` (people first, then messages), for aria-activedescendant. */
export function hitId(index: number): string {
  return `search-hit-${index}`;
}

function PersonRow({ p }: { p: PersonHit }) {
  return (
    <>
      <Avatar id={p.conversationId} name={p.displayName} size={36} />
      <span className="row-main">
        <span className="row-name">{p.displayName}</span>
        <span className="row-sub">
          {t(`search.matchedOn.${p.matchedOn}`)}
          {!p.hasConversation && ` · ${t('search.newChat')}`}
        </span>
      </span>
    </>
  );
}

function MessageRow({ m, now }: { m: MessageHit; now: number }) {
  return (
    <span className="row-main">
      <span className="row-top">
        <span className="row-name">{m.conversationName}</span>
        <span className="row-time">{listTime(m.sentAt, now)}</span>
      </span>
      <span className="row-snippet">
        {m.outgoing && t('search.you')}
        {!m.outgoing && m.conversationKind === 'group' && `${m.senderName}: `}
        <Snippet snippet={m.snippet} />
      </span>
    </span>
  );
}

function messageLabel(m: MessageHit, now: number): string {
  return t('search.messageLabel', {
    name: m.conversationName,
    time: listTime(m.sentAt, now),
    text: snippetText(m.snippet),
  });
}

/**
 * Results of the global search, grouped by kind, in place of the conversation list. A listbox may
 * hold only groups and options, so each group's visible title is hidden from assistive technology
 * and its name given by aria-label.
 */
export function SearchResults() {
  const { query, status, people, messages, recipient, more, loadingMore, active, choose, loadMore, error } =
    useSearch();
  const now = useNow(60_000);
  const option = (index: number) => ({
    id: hitId(index),
    role: 'option' as const,
    'aria-selected': index === active,
    className: 'search-hit',
    onClick: () => void choose(index),
    onMouseDown: (e: { preventDefault: () => void }) => e.preventDefault(),
  });
  const nothing = status === 'ready' && people.length === 0 && messages.length === 0;
  const offerAt = people.length + messages.length;
  return (
    <div className="search-results">
      <p role="status" className="search-status">
        {status === 'searching' && t('search.searching')}
        {nothing && t('search.none', { query })}
      </p>
      <ErrorAlert error={error} />
      <div id="search-results" role="listbox" aria-label={t('search.results')}>
        {people.length > 0 && (
          <div role="group" aria-label={t('search.people')}>
            <div className="search-group" aria-hidden="true">
              {t('search.people')}
            </div>
            {people.map((p, i) => (
              <div key={p.conversationId} {...option(i)} aria-label={p.displayName}>
                <PersonRow p={p} />
              </div>
            ))}
          </div>
        )}
        {messages.length > 0 && (
          <div role="group" aria-label={t('search.messages')}>
            <div className="search-group" aria-hidden="true">
              {t('search.messages')}
            </div>
            {messages.map((m, i) => (
              <div key={m.messageId} {...option(people.length + i)} aria-label={messageLabel(m, now)}>
                <MessageRow m={m} now={now} />
              </div>
            ))}
          </div>
        )}
        {recipient !== undefined && status === 'ready' && (
          <div role="group" aria-label={t('search.startChat.group')}>
            <div className="search-group" aria-hidden="true">
              {t('search.startChat.group')}
            </div>
            <div {...option(offerAt)} aria-label={t('search.startChat', { name: recipient })}>
              <span className="row-main">
                <span className="row-name">{t('search.startChat', { name: recipient })}</span>
                <span className="row-sub">{t('search.startChat.hint')}</span>
              </span>
            </div>
          </div>
        )}
      </div>
      {more && (
        <button
          type="button"
          className="link search-more"
          disabled={loadingMore}
          onClick={() => void loadMore()}
        >
          {t('search.more')}
        </button>
      )}
      {status !== 'idle' && <p className="hint search-hint">{t('search.hint')}</p>}
    </div>
  );
}
