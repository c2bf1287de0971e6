import { useEffect, useRef } from 'react';
import { useChatSearch } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';

/**
 * Find in this chat (Ctrl/Cmd+F): a field under the chat's header with the count and the current
 * match. Enter goes to the next older match, Shift+Enter to the next newer one, Esc closes.
 */
export function ChatSearchBar() {
  const { open, query, status, total, matches, index, error, setQuery, older, newer, hide } = useChatSearch();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  if (!open) return null;
  const count =
    status === 'ready' && total === 0
      ? t('chatSearch.none')
      : index >= 0
        ? t('chatSearch.count', { n: index + 1, total })
        : status === 'ready'
          ? t('chatSearch.total', { total })
          : '';
  return (
    <div className="chat-search" role="search" aria-label={t('chatSearch.label')}>
      <Icon name="search" size={16} />
      <input
        ref={field}
        type="search"
        aria-label={t('chatSearch.label')}
        aria-describedby="chat-search-count"
        placeholder={t('chatSearch.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) newer();
            else older();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            hide();
          }
        }}
      />
      <span id="chat-search-count" className="chat-search-count" role="status">
        {count}
      </span>
      <button
        type="button"
        className="icon-button small"
        aria-label={t('chatSearch.older')}
        disabled={matches.length < 2}
        onClick={older}
      >
        <Icon name="up" size={16} />
      </button>
      <button
        type="button"
        className="icon-button small"
        aria-label={t('chatSearch.newer')}
        disabled={matches.length < 2}
        onClick={newer}
      >
        <Icon name="down" size={16} />
      </button>
      <button type="button" className="icon-button small" aria-label={t('chatSearch.close')} onClick={hide}>
        <Icon name="close" size={16} />
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
