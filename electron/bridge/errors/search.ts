/** Failures of search (SearchError in the core); a query itself never fails, whatever it holds. */
export const SEARCH_CODES = [
  /** The message index cannot be read: `search.rebuildIndex` rebuilds it from the messages. */
  'search-index-damaged',
] as const;

export type SearchCode = (typeof SEARCH_CODES)[number];
