import { describe, expect, it } from 'vitest';
import { fold, matchPeople } from '../../../../electron/core/services/search/name-match';
import type { PersonRow } from '../../../../electron/core/store';

const SELF = `05${'aa'.repeat(32)}`;

function row(id: string, names: Partial<PersonRow>, lastActivityAt = 0): PersonRow {
  return {
    id,
    kind: id.startsWith('03') ? 'group' : 'direct',
    conversationName: null,
    contactName: null,
    nickname: null,
    hasConversation: true,
    lastActivityAt,
    ...names,
  };
}

const ROWS = [
  row(`05${'01'.repeat(32)}`, { contactName: 'Zoë Saldaña', nickname: 'Z' }, 5),
  row(`05${'02'.repeat(32)}`, { contactName: 'Anna Zoe' }, 9),
  row(`05${'03'.repeat(32)}`, { contactName: 'Алёна', nickname: 'Работа' }),
  row(`03${'04'.repeat(32)}`, { conversationName: '家族のグループ' }),
  row(`05${'05'.repeat(32)}`, { contactName: 'محمد' }),
  row(SELF, {}),
];

const names = (q: string): string[] =>
  matchPeople(ROWS, q, SELF, 10).map(
    (h) => `${h.matchedOn}:${h.row.contactName ?? h.row.conversationName ?? 'self'}`,
  );

describe('finding people by name', () => {
  it('folds case and diacritics, and ranks a name that starts with the query first', () => {
    expect(fold('ZOË Saldaña')).toBe('zoe saldana');
    expect(names('zoe')).toEqual(['name:Zoë Saldaña', 'name:Anna Zoe']);
    expect(names('saldana zoe')).toEqual(['name:Zoë Saldaña']);
  });

  it('matches nicknames, other scripts, groups and Note to Self', () => {
    expect(names('работ')).toEqual(['nickname:Алёна']);
    expect(names('алена')).toEqual(['name:Алёна']);
    expect(names('グループ')).toEqual(['name:家族のグループ']);
    expect(names('مُحَمَّد')).toEqual(['name:محمد']);
    expect(names('note')).toEqual(['note-to-self:self']);
  });

  it('matches a piece of a Session ID from four hex digits', () => {
    expect(names('0303')).toEqual(['session-id:Алёна']);
    expect(names('030')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });
});
