/**
 * Opaque page cursors: what the store's keyset pagination needs, encoded so the renderer cannot
 * mistake them for anything (base64url JSON). A cursor that does not decode is `invalid-cursor`.
 */
import type { PageCursor } from '../../store';
import type { ListCursor } from '../../store/repos/chat';

function encode(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

function decode(c: string): unknown {
  try {
    return JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

export function messageCursor(c: PageCursor): string {
  return encode({ t: c.sentAt, i: c.id });
}

export function readMessageCursor(c: string): PageCursor | undefined {
  const v = decode(c) as { t?: unknown; i?: unknown } | undefined;
  return v && isInt(v.t) && isInt(v.i) ? { sentAt: v.t, id: v.i } : undefined;
}

export function listCursor(c: ListCursor): string {
  return encode({ p: c.priority, t: c.activityAt, i: c.id });
}

export function readListCursor(c: string): ListCursor | undefined {
  const v = decode(c) as { p?: unknown; t?: unknown; i?: unknown } | undefined;
  return v && isInt(v.p) && isInt(v.t) && typeof v.i === 'string'
    ? { priority: v.p, activityAt: v.t, id: v.i }
    : undefined;
}
