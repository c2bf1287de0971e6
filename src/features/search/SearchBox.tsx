import { useSearch } from '../../app/stores-context';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';
import { SEARCH_SLOT_ID } from '../messenger/use-messenger-keys';
import { resultCount } from '../../stores/search/search-store';
import { hitId } from './SearchResults';

/**
 * The search field at the top of the left pane (Ctrl/Cmd+K): a combobox over the results below
 * it. ↑/↓ move through the results, Enter opens one, Esc clears the search.
 */
export function SearchBox() {
  const { query, active, setQuery, move, choose, clear } = useSearch();
  const count = useSearch(resultCount);
  const open = query.trim() !== '';
  return (
    <div className="search-box" role="search">
      <Icon name="search" size={16} />
      <input
        id={SEARCH_SLOT_ID}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={open}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={open && count > 0 ? hitId(active) : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            move(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            void choose();
          } else if (e.key === 'Escape' && query !== '') {
            e.preventDefault();
            clear();
          }
        }}
      />
      {query !== '' && (
        <button type="button" className="icon-button small" aria-label={t('search.clear')} onClick={clear}>
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  );
}
