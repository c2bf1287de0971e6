/**
 * What the parts of config sync share while the account is open: the session, the configs and
 * the one way to change them (`edit`: inside the caller's transaction, dump saved there, a push
 * scheduled for after the commit).
 */
import type { SessionId } from '../../crypto/ids';
import type { UserConfigNamespace } from '../../protocol/config';
import type { WriteDb } from '../../store';
import type { SwarmInbox } from '../inbox/swarm-inbox';
import type { AccountSession } from '../session/account-session';
import type { ConfigBook, ConfigOf } from './config-book';

export interface SyncContext {
  readonly session: AccountSession;
  readonly book: ConfigBook;
  readonly self: SessionId;
  readonly ownSwarm: SwarmInbox;
  edit<N extends UserConfigNamespace>(tx: WriteDb, ns: N, fn: (config: ConfigOf[N]) => void): void;
}
