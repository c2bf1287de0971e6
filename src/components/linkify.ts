/**
 * Finds web addresses in message text, so the bubble can show them as links (opened only after a
 * confirm). Deliberately narrow: http(s):// and www. addresses; trailing punctuation that usually
 * ends a sentence is left out of the link.
 */
export type Segment = { readonly text: string; readonly href?: string };

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const TRAILING = /[.,;:!?)\]}'"»]+$/u;

export function linkify(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_RE)) {
    const start = match.index;
    let raw = match[0];
    // A closing bracket stays when the address itself opened one: (see https://x.org/a_(b))
    const trail = TRAILING.exec(raw)?.[0] ?? '';
    const opens = (raw.match(/\(/g) ?? []).length;
    const closes = (raw.match(/\)/g) ?? []).length;
    if (trail && !(trail === ')' && opens >= closes)) raw = raw.slice(0, raw.length - trail.length);
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: raw, href: raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw });
    last = start + raw.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
