/**
 * What we post into a group, queued in the caller's transaction (protocol reference §7.2): the
 * Content is built and group-encrypted once — with the key current at that moment — and stored by a
 * `group-store` job with our grant; a message with a row keeps its bytes on the row for a retry.
 * Control messages carry the admin signature made with the group key at their send time. Config
 * changes queue the group's `group-config-push`, which what depends on them waits for.
 */
import { tryFromBase64 } from '../../crypto/bytes';
import type { GroupId } from '../../crypto/ids';
import {
  EXPIRATION_OFF,
  encodeMessage,
  groupAdminSignedBytes,
  storageTtlMs,
  type GroupSignedUpdate,
  type Expiration,
  type GroupUpdate,
  type OutgoingMessage,
} from '../../protocol';
import { signGroupControl, wrapGroupMessage } from '../../protocol/groups';
import type { WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';
import type { Changes } from '../messaging/changes';
import { outgoingRow, type RowFields } from '../messaging/outgoing';
import { MIN_STORE_TTL_MS } from '../messaging/wire';
import { GroupsError } from './groups-error';
import type { OpenGroup } from './open-group';
import { encodePushPayload, GROUP_PUSH_JOB, pushKey } from './push-job';
import { encodeStorePayload, GROUP_STORE_JOB, type StoreItem } from './store-job';

export class GroupOutgoing {
  constructor(
    private readonly session: AccountSession,
    /** Messaging's clock of send times: one account's sends never share a millisecond. */
    readonly stamp: (count?: number) => number,
  ) {}

  /** The namespace-11 bytes of `m` from us, encrypted with the group's current key. */
  bytes(g: OpenGroup, m: OutgoingMessage): Uint8Array {
    if (g.keys.size() === 0) throw new GroupsError('not-a-member', 'The group keys are not known yet.');
    const data = wrapGroupMessage({
      sender: this.session.identity.keys.ed25519.secretKey,
      group: g.id,
      key: g.keys.encryptionKey(),
      content: encodeMessage(m),
      timestampMs: m.sentAtMs,
    });
    return tryFromBase64(data)!;
  }

  item(g: OpenGroup, m: OutgoingMessage): StoreItem {
    return {
      namespace: 11,
      data: this.bytes(g, m),
      ttlMs: Math.max(MIN_STORE_TTL_MS, storageTtlMs(m, 'group')),
    };
  }

  /** Queues stores into the group's swarm (in order, one sequence); returns the job id. */
  store(
    tx: WriteDb,
    groupId: GroupId,
    items: readonly StoreItem[],
    opts: { messageId?: number; dependsOn?: readonly number[] } = {},
  ): number {
    return this.session.outbox.enqueue(tx, {
      kind: GROUP_STORE_JOB,
      payload: encodeStorePayload(groupId, items),
      ...(opts.messageId !== undefined ? { messageId: opts.messageId } : {}),
      ...(opts.dependsOn ? { dependsOn: opts.dependsOn } : {}),
    });
  }

  /**
   * A message with a row in the group's conversation (state `sending`, its bytes kept for a retry).
   * Returns the row id. Throws MessageEncodeError for one that cannot be sent.
   */
  message(
    tx: WriteDb,
    g: OpenGroup,
    m: OutgoingMessage,
    row: RowFields,
    changes: Changes,
    dependsOn?: readonly number[],
  ): number {
    const payload = encodeStorePayload(g.id, [this.item(g, m)]);
    const { store, identity } = this.session;
    const id = store.messages.insert(tx, outgoingRow(g.id, identity.sessionId, m, row, payload));
    if (id === undefined) throw new Error('The outgoing group message could not be stored.');
    this.session.outbox.enqueue(tx, {
      kind: GROUP_STORE_JOB,
      messageId: id,
      payload,
      ...(dependsOn ? { dependsOn } : {}),
    });
    changes.added(g.id, id);
    return id;
  }

  /** Queues (or joins the queued) push of the group's Keys, Info and Members; returns its job id. */
  push(tx: WriteDb, groupId: GroupId): number {
    return this.session.outbox.enqueue(tx, {
      kind: GROUP_PUSH_JOB,
      key: pushKey(groupId),
      payload: encodePushPayload(groupId),
    });
  }

  /**
   * A control message as we send it. Desktop lets member and info changes disappear with the
   * conversation's timer; the others (left, deleted content, responses) never do.
   */
  control(sentAtMs: number, update: GroupUpdate, expiration: Expiration = EXPIRATION_OFF): OutgoingMessage {
    return { kind: 'group-update', sentAtMs, update, expiration };
  }

  /** The admin signature of a signed control message at `sentAtMs` (admins only). */
  sign(g: OpenGroup, update: GroupSignedUpdate, sentAtMs: number): Uint8Array {
    if (!g.secretKey) throw new GroupsError('not-group-admin', 'Only a group admin can do this.');
    return signGroupControl(g.secretKey, groupAdminSignedBytes(update, sentAtMs));
  }
}
