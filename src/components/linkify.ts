/**
 * Finds web addresses in message text, so the bubble can show them as links (opened only after a
 * confirm). Deliberately narrow: http(s):// and www. addresses; trailing punctuation that usually
 * ends a sentence is left out of the link.
 */
export type Segment = { readonly text: string; readonly href?: string };

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '»']);

/** Drops sentence punctuation from the end; a closing bracket stays while the address opened one. */
function trimEnd(raw: string): string {
  let end = raw.length;
  const count = (c: string, upTo: number) => raw.slice(0, upTo).split(c).length - 1;
  while (end > 0 && TRAILING.has(raw[end - 1]!)) {
    if (raw[end - 1] === ')' && count('(', end) >= count(')', end)) break;
    end--;
  }
  return raw.slice(0, end);
}

export function linkify(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_RE)) {
    const start = match.index;
    const raw = trimEnd(match[0]);
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: raw, href: raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw });
    last = start + raw.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
