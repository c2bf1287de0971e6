import type { SessionId } from '../../crypto/ids';
import type { ReadDb, WriteDb } from '../handles';
import { StoreError } from '../errors';

/** The one account of a data dir. The seed (16 or 32 bytes) is stored nowhere else. */
export interface AccountRecord {
  readonly sessionId: SessionId;
  readonly seed: Uint8Array;
  readonly displayName: string | null;
  readonly createdAt: number;
}

/** What the app shows about the account: everything but the seed, so reading it copies no secret. */
export type AccountProfile = Omit<AccountRecord, 'seed'>;

interface Row {
  session_id: SessionId;
  seed: Uint8Array;
  display_name: string | null;
  created_at: number;
}

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const ACCOUNT_SQL = {
  get: 'SELECT session_id, seed, display_name, created_at FROM account WHERE id = 1',
  profile: 'SELECT session_id, display_name, created_at FROM account WHERE id = 1',
  exists: 'SELECT 1 AS one FROM account WHERE id = 1',
  create: 'INSERT INTO account (id, session_id, seed, display_name, created_at) VALUES (1, ?, ?, ?, ?)',
  setDisplayName: 'UPDATE account SET display_name = ? WHERE id = 1',
} as const;

export const accounts = {
  get(db: ReadDb): AccountRecord | undefined {
    const r = db.get<Row>(ACCOUNT_SQL.get);
    if (!r) return undefined;
    const seed = new Uint8Array(r.seed);
    // The driver's buffer is a second copy of the seed; the caller only learns about (and zeroes) ours.
    r.seed.fill(0);
    return { sessionId: r.session_id, seed, displayName: r.display_name, createdAt: r.created_at };
  },

  profile(db: ReadDb): AccountProfile | undefined {
    const r = db.get<Omit<Row, 'seed'>>(ACCOUNT_SQL.profile);
    if (!r) return undefined;
    return { sessionId: r.session_id, displayName: r.display_name, createdAt: r.created_at };
  },

  exists(db: ReadDb): boolean {
    return db.get<{ one: number }>(ACCOUNT_SQL.exists) !== undefined;
  },

  /** Creates the account; a data dir holds one, so a second call fails with 'constraint'. */
  create(tx: WriteDb, a: AccountRecord): void {
    if (a.seed.length !== 16 && a.seed.length !== 32) {
      throw new StoreError('invalid', 'An identity seed is 16 or 32 bytes long.');
    }
    tx.run(ACCOUNT_SQL.create, a.sessionId, a.seed, a.displayName, a.createdAt);
  },

  setDisplayName(tx: WriteDb, name: string | null): void {
    const r = tx.run(ACCOUNT_SQL.setDisplayName, name);
    if (r.changes === 0) throw new StoreError('not-found', 'There is no account in this database.');
  },
};
