import { describe, expect, it } from 'vitest';
import { buildRows, dayOf, GROUP_GAP_MS, rowIndexOf } from '../../../src/stores/messenger/message-rows';
import { msg, OWN } from './data';

const shape = (rows: ReturnType<typeof buildRows>) =>
  rows.map((r) => (r.kind === 'message' ? `${r.key}${r.first ? '<' : ''}${r.last ? '>' : ''}` : r.kind));

describe('message rows', () => {
  it('opens each day with a separator', () => {
    const m1 = msg(1);
    const m2 = msg(2, { sentAt: m1.sentAt + 86_400_000 });
    const rows = buildRows([m1, m2], null);
    expect(shape(rows)).toEqual(['day', '1<>', 'day', '2<>']);
    expect(rows[0]).toMatchObject({ kind: 'day', day: dayOf(m1.sentAt) });
  });

  it('groups consecutive messages of one sender a few minutes apart', () => {
    const mine = { outgoing: true, sender: { id: OWN, displayName: 'Me', avatar: null } };
    const rows = buildRows([msg(1), msg(2), msg(3, mine), msg(4, mine)], null);
    expect(shape(rows)).toEqual(['day', '1<', '2>', '3<', '4>']);
  });

  it('starts a new group after a pause, and around notices', () => {
    const far = msg(2, { sentAt: msg(1).sentAt + GROUP_GAP_MS + 1 });
    const notice = msg(3, { sentAt: far.sentAt + 1, kind: 'call', body: null, call: { missed: true } });
    const after = msg(4, { sentAt: far.sentAt + 2 });
    expect(shape(buildRows([msg(1), far, notice, after], null))).toEqual(['day', '1<>', '2<>', '3<>', '4<>']);
  });

  it('puts the unread divider before the first unread message, breaking its group', () => {
    const rows = buildRows([msg(1), msg(2), msg(3)], '2');
    expect(shape(rows)).toEqual(['day', '1<>', 'unread', '2<', '3>']);
    expect(rowIndexOf(rows, '3')).toBe(4);
    expect(rowIndexOf(rows, 'nope')).toBe(-1);
  });
});
