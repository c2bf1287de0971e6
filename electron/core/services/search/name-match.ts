/**
 * Finding conversations and contacts by what they are called: nickname, profile name, group name,
 * "Note to Self", or a piece of the Session ID. Names are folded the way message search folds text
 * (compatibility forms, case, every combining mark), and every word typed must appear in one name;
 * a name that starts with the query ranks first, then one with a word that does, then the rest.
 */
import type { PersonRow } from '../../store';

export type MatchedOn = 'nickname' | 'name' | 'note-to-self' | 'session-id';

export interface PersonHit {
  readonly row: PersonRow;
  readonly matchedOn: MatchedOn;
}

export const NOTE_TO_SELF = 'Note to Self';
/** A piece of a Session ID is worth matching from this many hex digits on. */
const MIN_ID_DIGITS = 4;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** 0 the name starts with the query, 1 a word of it does, 2 it contains the words, undefined no match. */
function nameRank(name: string | null, words: readonly string[], whole: string): number | undefined {
  if (!name) return undefined;
  const folded = fold(name);
  if (!words.every((w) => folded.includes(w))) return undefined;
  if (folded.startsWith(whole)) return 0;
  return folded.split(/[\s\p{P}]+/u).some((part) => part.startsWith(words[0]!)) ? 1 : 2;
}

function candidates(row: PersonRow, self: string): [MatchedOn, string | null][] {
  if (row.id === self) return [['note-to-self', NOTE_TO_SELF]];
  return [
    ['nickname', row.nickname],
    ['name', row.kind === 'group' ? row.conversationName : row.contactName],
  ];
}

export function matchPeople(
  rows: readonly PersonRow[],
  query: string,
  self: string,
  limit: number,
): PersonHit[] {
  const whole = fold(query.trim().replace(/\s+/gu, ' '));
  const words = whole.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const hex = whole.replace(/\s+/gu, '');
  const idQuery = /^[0-9a-f]+$/u.test(hex) && hex.length >= MIN_ID_DIGITS ? hex : undefined;
  const ranked: { hit: PersonHit; rank: number }[] = [];
  for (const row of rows) {
    let best: { hit: PersonHit; rank: number } | undefined;
    for (const [matchedOn, name] of candidates(row, self)) {
      const rank = nameRank(name, words, whole);
      if (rank !== undefined && (!best || rank < best.rank)) best = { hit: { row, matchedOn }, rank };
    }
    if (!best && idQuery && row.id.includes(idQuery))
      best = { hit: { row, matchedOn: 'session-id' }, rank: 3 };
    if (best) ranked.push(best);
  }
  ranked.sort((a, b) => a.rank - b.rank || b.hit.row.lastActivityAt - a.hit.row.lastActivityAt);
  return ranked.slice(0, limit).map((r) => r.hit);
}
