/**
 * One poll round of a group, applied whole or not at all. Outside the transaction (CPU): the Keys
 * messages are loaded first, so Info, Members and the messages of the same round decrypt with
 * them; then Info and Members are merged, the removal notices opened and the messages decrypted and
 * classified. Inside one transaction: the group's new state, what the documents mean here, the
 * messages (each in its own savepoint) and the poll cursor. If that transaction fails, the group
 * is reloaded from its row and the same round comes again.
 */
import type { GroupId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import type { PollBatch, PolledMessage } from '../../network';
import { decodeKickedMessage, isCurrentKick } from '../../protocol/groups';
import type { WriteDb } from '../../store';
import type { InboxDispatcher } from '../inbox/dispatcher';
import type { InboxItem } from '../messaging/open-envelope';
import { GroupChanges } from './group-changes';
import { endGroup, followConfigs, snapshot } from './group-projection';
import type { GroupsActive } from './groups-active';
import type { OpenGroup } from './open-group';

function count(drops: Record<string, number>, reason: string): void {
  drops[reason] = (drops[reason] ?? 0) + 1;
}

function byNamespace(messages: readonly PolledMessage[]): Map<number, PolledMessage[]> {
  const out = new Map<number, PolledMessage[]>();
  for (const m of messages) out.set(m.namespace, [...(out.get(m.namespace) ?? []), m]);
  return out;
}

/** Loads the round's Keys messages; true when one gave us a key. */
function loadKeys(g: OpenGroup, messages: readonly PolledMessage[], drops: Record<string, number>): boolean {
  let found = false;
  for (const m of messages) {
    try {
      found = g.keys.loadKeyMessage(m.hash, m.data, m.timestampMs) || found;
    } catch (e) {
      count(drops, `keys:${errorCode(e)}`);
    }
  }
  return found;
}

function mergeDocuments(g: OpenGroup, ns: Map<number, PolledMessage[]>, drops: Record<string, number>): void {
  for (const [namespace, doc] of [
    [13, g.info],
    [14, g.members],
  ] as const) {
    const list = ns.get(namespace) ?? [];
    if (list.length === 0) continue;
    const accepted = new Set(doc.merge(list.map((m) => ({ hash: m.hash, data: m.data }))));
    for (const m of list) if (!accepted.has(m.hash)) count(drops, `config-${namespace}:rejected`);
  }
}

/** Whether a removal notice of this round names us at our current key generation. */
function removedUs(
  a: GroupsActive,
  g: OpenGroup,
  messages: readonly PolledMessage[],
  drops: Record<string, number>,
): boolean {
  let kicked = false;
  for (const m of messages) {
    try {
      const notice = decodeKickedMessage(m.data, a.session.identity.keys.ed25519.secretKey, g.id);
      if (notice && isCurrentKick(notice, g.keys.currentGeneration())) kicked = true;
    } catch (e) {
      count(drops, `kicked:${errorCode(e)}`);
    }
  }
  return kicked;
}

export class GroupReceiver {
  /** Keys, documents and notices set aside since the session opened, by reason (messages: the dispatcher's). */
  readonly dropped: Record<string, number> = {};

  constructor(
    private readonly active: () => GroupsActive,
    private readonly dispatcher: () => InboxDispatcher<InboxItem>,
  ) {}

  async consume(groupId: GroupId, batch: PollBatch<WriteDb>): Promise<void> {
    const a = this.active();
    const g = a.registry.get(groupId);
    if (!g) {
      a.session.store.write((tx) => batch.commit(tx));
      return;
    }
    const drops: Record<string, number> = {};
    const ns = byNamespace(batch.messages);
    let prepared: Awaited<ReturnType<InboxDispatcher<InboxItem>['prepareAll']>>;
    let kicked: boolean;
    const before = snapshot(g);
    try {
      loadKeys(g, ns.get(12) ?? [], drops);
      mergeDocuments(g, ns, drops);
      kicked = g.isAdmin ? false : removedUs(a, g, ns.get(-11) ?? [], drops);
      prepared = await this.dispatcher().prepareAll(ns.get(11) ?? []);
    } catch (e) {
      a.registry.reload(groupId);
      throw e;
    }
    const changes = new GroupChanges();
    const outcome = a.registry.write([g], a.session.now(), (tx) => {
      if (kicked && g.state === 'joined') endGroup(a, tx, g, 'kicked', changes);
      else followConfigs(a, tx, g, before, changes);
      const applied = g.state === 'joined' ? this.dispatcher().applyPrepared(tx, prepared) : undefined;
      batch.commit(tx);
      return applied;
    });
    if (outcome) this.dispatcher().committed(outcome);
    if (Object.keys(drops).length > 0) a.session.logger.warn('group round dropped', { ...drops });
    for (const [reason, n] of Object.entries(drops)) this.dropped[reason] = (this.dropped[reason] ?? 0) + n;
    changes.emit(a.events);
  }
}
