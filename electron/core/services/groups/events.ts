/**
 * What the groups module tells the rest of the core. `groups.changed` names a group whose info,
 * members or state changed (the api maps it to a GroupView); `groups.incoming` is the stream of
 * group events that are not messages — invites, removals, deletions — for the CLI's `listen` and
 * notifications. Messages posted in a group travel on `messaging.incoming` like any other.
 */
import type { GroupId, SessionId } from '../../crypto/ids';

export type GroupIncomingEvent =
  | {
      readonly kind: 'invite';
      readonly groupId: GroupId;
      readonly from: SessionId;
      readonly name: string;
      /** From someone we have not approved: it waits in the requests box. */
      readonly request: boolean;
      /** A promotion: the invite came with the group's admin key. */
      readonly admin: boolean;
    }
  | { readonly kind: 'kicked' | 'destroyed'; readonly groupId: GroupId };

declare module '../events' {
  interface DomainEvents {
    'groups.changed': { readonly groupId: GroupId; readonly removed: boolean };
    'groups.incoming': GroupIncomingEvent;
  }
}
