/**
 * Where the words of a search appear in a text, for marking them in chat bubbles: matched the way
 * search matches (case, diacritics and compatibility forms folded), mapped back onto the original
 * characters. A part typed in quotes counts as one phrase.
 */
export type Piece = { readonly text: string; readonly match: boolean };

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words and phrases of a query, folded; the same reading as the core's (fts-query.ts). */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"?|([^\s"]+)/gu)) {
    const raw = (m[2] ?? m[1] ?? '').trim();
    const folded = fold(raw)
      .replace(/[^\p{L}\p{N}\p{So}\s]+/gu, ' ')
      .trim()
      .replace(/\s+/gu, ' ');
    if (folded !== '') terms.push(folded);
  }
  return terms.slice(0, 12);
}

/** `text` cut into pieces, those inside a match of any term marked. */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  // Fold character by character, remembering where each folded unit came from.
  const chars = [...text];
  let folded = '';
  const origin: number[] = [];
  chars.forEach((c, i) => {
    const f = fold(c);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      for (let k = at; k < at + term.length; k++) marked[origin[k]!] = true;
    }
  }
  const pieces: Piece[] = [];
  chars.forEach((c, i) => {
    const last = pieces[pieces.length - 1];
    if (last && last.match === marked[i])
      pieces[pieces.length - 1] = { text: last.text + c, match: last.match };
    else pieces.push({ text: c, match: marked[i]! });
  });
  return pieces;
}
