import { ShallotError } from '../electron/core/errors';

/** Failures of the local test network itself (not RPC answers, which are HTTP statuses). */
export type LocalnetErrorCode = 'config' | 'bind' | 'profile' | 'peer' | 'closed';

export class LocalnetError extends ShallotError<LocalnetErrorCode> {}
