import { ShallotError } from '../../errors';

/** Search's own failures; the codes are the bridge's (errors/search.ts). */
/** `conversation-not-found` is the conversations domain's code, for in-chat search. */
export type SearchErrorCode = 'search-index-damaged' | 'conversation-not-found';

export class SearchError extends ShallotError<SearchErrorCode> {}
