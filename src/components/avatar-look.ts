/**
 * An avatar without a picture: initials on a colour derived from the ID, so one person keeps one
 * colour everywhere. Every colour keeps white text at 4.5:1 or more (WCAG AA) in both themes.
 */
const PALETTE = [
  '#1a5fb4', // blue
  '#8f3f71', // plum
  '#2b6d2f', // green
  '#a5281b', // red
  '#6a3ab2', // violet
  '#00695c', // teal
  '#9a4a00', // amber brown
  '#455a64', // slate
  '#ad1457', // pink
  '#3949ab', // indigo
] as const;

/** FNV-1a over the ID's characters: stable, cheap, and spread well enough over ten colours. */
export function avatarColour(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return PALETTE[h % PALETTE.length]!;
}

/** Up to two letters: the first of the first two words; for a bare ID, two of its hex digits. */
export function initials(name: string, id: string): string {
  const words = name
    .replace(/[…\s]+$/u, '')
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0 || /^0[35][0-9a-f]{2,}/i.test(name)) return id.slice(2, 4).toUpperCase();
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0] ?? '');
  return letters.join('').toLocaleUpperCase();
}
