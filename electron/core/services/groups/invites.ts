/**
 * Invites and promotions, which reach us one to one in our own swarm (desktop 1.17.17
 * `handleGroupUpdateInviteMessage`, `handleGroupUpdatePromoteMessage`): an invite must carry the
 * group key's signature over "INVITE" ‖ our Session ID ‖ T. From someone we approved it is joined at
 * once (polled, and answered once the keys arrived); from anyone else it waits in the requests box
 * as an invite. A promotion brings the group seed: we hold the group key from then on. Either way
 * the message is then deleted from our swarm, as desktop does, and the UserGroups entry written.
 */
import type { GroupId, SessionId } from '../../crypto/ids';
import { inviteSignatureMessage, groupKeyPairFromSeed, verifyGroupControl } from '../../protocol/groups';
import type { GroupUpdate, IncomingGroupUpdate } from '../../protocol';
import type { WriteDb } from '../../store';
import type { InboxContext, InboxKinds } from '../inbox/kinds';
import type { GroupChanges } from './group-changes';
import { handler, type Apply } from './group-message-handlers';
import { GroupUpdateRefused, type IncomingUpdateDeps } from './group-update-handlers';
import type { GroupsActive } from './groups-active';
import { OpenGroup } from './open-group';
import { writeEntry } from './user-groups-link';

type Invite = Extract<GroupUpdate, { type: 'invite' }>;
type Promote = Extract<GroupUpdate, { type: 'promote' }>;

interface Arrival {
  readonly groupId: GroupId;
  readonly from: SessionId;
  readonly name: string;
  readonly secretKey?: Uint8Array;
  readonly authData?: Uint8Array;
}

/** The group's conversation as an invite leaves it: in the list, or in the requests box. */
function ensureConversation(
  a: GroupsActive,
  tx: WriteDb,
  x: Arrival,
  accepted: boolean,
  now: number,
  reset: boolean,
): void {
  const { store } = a.session;
  const requestState = accepted ? 'accepted' : 'invite';
  const existing = store.conversations.get(tx, x.groupId);
  // A new invite after a removal starts afresh: "you were removed" and the old history go.
  if (existing && reset) store.chat.clear(tx, x.groupId);
  if (!existing)
    store.conversations.ensure(tx, { id: x.groupId, kind: 'group', name: x.name, requestState, now });
  else
    store.conversations.update(tx, x.groupId, { name: x.name || existing.name, requestState, priority: 0 });
}

/** Applies an invite (or a promotion to a group we are not in): the group row, conversation, config. */
function arrive(a: GroupsActive, tx: WriteDb, x: Arrival, ctx: InboxContext, changes: GroupChanges): void {
  const { store } = a.session;
  const approved = store.contacts.get(tx, x.from)?.approved ?? false;
  const existing = a.registry.get(x.groupId);
  if (existing?.isAdmin && existing.state === 'joined') return;
  const joined = existing?.state === 'joined';
  const state = joined || approved ? 'joined' : 'invited';
  const grant = {
    ...(x.secretKey ? { secretKey: x.secretKey } : {}),
    ...(x.authData ? { authData: x.authData } : {}),
  };
  const g =
    existing ??
    OpenGroup.learned(
      { groupId: x.groupId, state, name: x.name, invitedBy: x.from, joinedAt: ctx.now },
      { identity: a.session.identity.keys, clock: () => a.session.now() },
    );
  const reset = existing !== undefined && existing.state !== 'joined' && existing.state !== 'invited';
  g.patch({
    ...grant,
    state,
    name: x.name,
    invitedBy: x.from,
    responseDue: state === 'joined' && !x.secretKey,
  });
  if (x.secretKey) g.becomeAdmin(x.secretKey);
  a.registry.add(g);
  a.registry.save(tx, g, ctx.now);
  ensureConversation(a, tx, x, state === 'joined', ctx.now, reset);
  writeEntry(a.userGroups, tx, g, ctx.now);
  changes.group(x.groupId).conversation(x.groupId);
  changes.groupEvent({
    kind: 'invite',
    groupId: x.groupId,
    from: x.from,
    name: x.name,
    request: state === 'invited',
    admin: x.secretKey !== undefined,
  });
  if (state === 'joined') changes.then(() => void a.inboxes.restart(x.groupId));
}

function invite(
  a: GroupsActive,
  tx: WriteDb,
  m: IncomingGroupUpdate,
  u: Invite,
  ctx: InboxContext,
  changes: GroupChanges,
): void {
  if (!verifyGroupControl(u.groupId, inviteSignatureMessage(a.self, m.sentAtMs), u.adminSignature)) {
    throw new GroupUpdateRefused('bad-admin-signature', 'The invite is not signed by the group.');
  }
  arrive(
    a,
    tx,
    { groupId: u.groupId, from: m.sender, name: u.name, authData: u.memberAuthData },
    ctx,
    changes,
  );
}

function promote(
  a: GroupsActive,
  tx: WriteDb,
  m: IncomingGroupUpdate,
  u: Promote,
  ctx: InboxContext,
  changes: GroupChanges,
): void {
  const pair = groupKeyPairFromSeed(u.groupSeed);
  arrive(
    a,
    tx,
    { groupId: pair.groupId, from: m.sender, name: u.name, secretKey: pair.secretKey },
    ctx,
    changes,
  );
}

const oneToOne: Apply<IncomingGroupUpdate> = (a, tx, m, ctx, changes) => {
  if (m.conversation.kind !== 'direct' || m.fromSelf) return;
  const u = m.update;
  if (u.type === 'invite') invite(a, tx, m, u, ctx, changes);
  else if (u.type === 'promote') promote(a, tx, m, u, ctx, changes);
  else return;
  // Desktop deletes a handled invite or promotion from its swarm; a failure only leaves it there.
  const hash = ctx.source.hash;
  changes.then(() => {
    const net = a.session.network.current();
    net?.deleteMessages(a.session.identity.swarmAuth, [hash]).catch(() => undefined);
  });
};

/** The one-to-one half of `group-update`, on the inbox kinds every pipeline shares. */
export function registerInviteHandler(kinds: InboxKinds, deps: IncomingUpdateDeps): void {
  kinds.on<IncomingGroupUpdate>('group-update', handler(deps.active, oneToOne));
}
