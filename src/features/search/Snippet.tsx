/** The core's snippet marks each match between U+0002 and U+0003 (store/repos/search.ts). */
const START = '\u0002';
const END = '\u0003';

export type SnippetPart = { readonly text: string; readonly match: boolean };

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of snippet.split(START).entries()) {
    const [inside, ...after] = i === 0 ? [undefined, piece] : piece.split(END);
    if (inside !== undefined && inside !== '') parts.push({ text: inside, match: true });
    const rest = after.join('');
    if (rest !== '') parts.push({ text: rest, match: false });
  }
  return parts;
}

export function snippetText(snippet: string): string {
  return snippet.replaceAll(START, '').replaceAll(END, '');
}

/** A snippet with its matches marked. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((p, i) =>
        p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}
