/**
 * The open groups of the session, by id, and the one way to change them: `write(ids, fn)` runs
 * `fn` in a store transaction and saves every group it names; if the transaction fails, those
 * groups are reloaded from their rows, so memory never keeps a change the store refused.
 */
import type { GroupId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import type { GroupRecord, Store, WriteDb } from '../../store';
import { GroupsError } from './groups-error';
import { OpenGroup, type GroupContext } from './open-group';

export class GroupRegistry {
  private readonly open = new Map<GroupId, OpenGroup>();

  constructor(
    private readonly store: Store,
    private readonly ctx: GroupContext,
    private readonly logger: Logger,
  ) {}

  /** Opens every group of the store; a damaged row is logged and left out. */
  loadAll(): OpenGroup[] {
    for (const r of this.store.groups.list(this.store.read)) this.load(r);
    return [...this.open.values()];
  }

  private load(r: GroupRecord): OpenGroup | undefined {
    try {
      const g = OpenGroup.fromRecord(r, this.ctx);
      this.open.set(g.id, g);
      return g;
    } catch (e) {
      this.open.delete(r.groupId);
      this.logger.error('group state could not be opened', { code: errorCode(e) });
      return undefined;
    }
  }

  get(id: string): OpenGroup | undefined {
    return this.open.get(id as GroupId);
  }

  /** The group, or `group-not-found`. */
  require(id: string): OpenGroup {
    const g = this.get(id);
    if (!g) throw new GroupsError('group-not-found', 'There is no such group.');
    return g;
  }

  all(): OpenGroup[] {
    return [...this.open.values()];
  }

  /** Adopts a new group (saved by the next `save`/`write` that names it). */
  add(g: OpenGroup): void {
    this.open.set(g.id, g);
  }

  forget(id: GroupId): void {
    this.open.delete(id);
  }

  /** Writes the group's row (dumps of what changed) in `tx`. */
  save(tx: WriteDb, g: OpenGroup, now: number): void {
    this.store.groups.put(tx, g.toRecord(), now);
  }

  /** Drops the group's row and memory. */
  remove(tx: WriteDb, id: GroupId): void {
    this.store.groups.remove(tx, id);
    this.open.delete(id);
  }

  /** Re-reads the group from its row (or forgets it when the row is gone). */
  reload(id: GroupId): OpenGroup | undefined {
    const r = this.store.groups.get(this.store.read, id);
    if (!r) {
      this.open.delete(id);
      return undefined;
    }
    return this.load(r);
  }

  /**
   * Runs `fn` in one transaction and saves each group of `groups` that is still open at the end;
   * if anything throws, every one of them is reloaded before the error goes on.
   */
  write<T>(groups: readonly OpenGroup[], now: number, fn: (tx: WriteDb) => T): T {
    try {
      return this.store.write((tx) => {
        const out = fn(tx);
        for (const g of groups) if (this.open.get(g.id) === g) this.save(tx, g, now);
        return out;
      });
    } catch (e) {
      for (const g of groups) this.reload(g.id);
      throw e;
    }
  }
}
