/**
 * Control rows: timeline notices instead of bubbles (timer changed, request accepted, media saved,
 * screenshot, missed call, and the groups module's changes to a group). The notice is kept as JSON on the row; the api's views turn it into the
 * bridge's ControlNotice, which the renderer words from its locale file.
 */
import type { SessionId } from '../../crypto/ids';
import type { Expiration } from '../../protocol';
import type { Store, WriteDb } from '../../store';
import type { InboxContext } from '../inbox/kinds';
import type { Changes } from './changes';

/** What a group notice says happened (the bridge's ControlNotice `group` changes). */
export const GROUP_CHANGES = [
  'created',
  'members-added',
  'members-removed',
  'members-promoted',
  'member-left',
  'renamed',
  'avatar-changed',
  'invited',
  'you-were-removed',
] as const;
export type GroupChange = (typeof GROUP_CHANGES)[number];

export type Notice =
  | { readonly type: 'disappearing-changed'; readonly by: string; readonly setting: Expiration }
  | { readonly type: 'request-accepted' | 'media-saved' | 'screenshot' | 'missed-call'; readonly by: string }
  | {
      /** A change in a group (groups module): who did it (null: unknown), to whom, a new name. */
      readonly type: 'group';
      readonly change: GroupChange;
      readonly by: string | null;
      readonly members: readonly string[];
      readonly name: string | null;
    };

const TYPES = new Set([
  'disappearing-changed',
  'request-accepted',
  'media-saved',
  'screenshot',
  'missed-call',
]);

function isGroupNotice(r: Record<string, unknown>): boolean {
  return (
    GROUP_CHANGES.includes(r['change'] as GroupChange) &&
    (r['by'] === null || typeof r['by'] === 'string') &&
    Array.isArray(r['members']) &&
    r['members'].every((m) => typeof m === 'string') &&
    (r['name'] === null || typeof r['name'] === 'string')
  );
}

export function encodeNotice(n: Notice): string {
  return JSON.stringify(n);
}

/** A stored notice, or undefined for one this version does not know (or a damaged row). */
export function parseNotice(json: string | null): Notice | undefined {
  if (!json) return undefined;
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v !== 'object' || v === null) return undefined;
    const r = v as Record<string, unknown>;
    if (r['type'] === 'group') return isGroupNotice(r) ? (v as Notice) : undefined;
    if (typeof r['type'] !== 'string' || !TYPES.has(r['type']) || typeof r['by'] !== 'string')
      return undefined;
    return v as Notice;
  } catch {
    return undefined;
  }
}

/**
 * Adds a notice of an incoming (or synced) message at the envelope's time. False when a row of
 * that sender and time exists already (a repeated delivery).
 */
export function addControlRow(
  store: Store,
  tx: WriteDb,
  conversationId: SessionId,
  m: { readonly sender: SessionId; readonly sentAtMs: number; readonly fromSelf: boolean },
  ctx: InboxContext,
  notice: Notice,
  changes: Changes,
  opts: { kind?: 'control' | 'call'; unread?: boolean } = {},
): boolean {
  if (store.chat.byIdentity(tx, m.sender, m.sentAtMs)) return false;
  const id = store.messages.insert(tx, {
    conversationId,
    sender: m.sender,
    outgoing: m.fromSelf,
    sentAt: m.sentAtMs,
    receivedAt: ctx.now,
    kind: opts.kind ?? 'control',
    body: null,
    notice: encodeNotice(notice),
    state: m.fromSelf ? 'sent' : opts.unread ? 'unread' : 'read',
    ...(m.fromSelf ? { syncHash: ctx.source.hash } : { serverHash: ctx.source.hash }),
  });
  if (id === undefined) return false;
  changes.added(conversationId, id);
  return true;
}
