/**
 * The few line icons the messenger uses, drawn on a 24-unit grid with the current text colour.
 * Always decorative: the button around one carries the words (a label or aria-label).
 */
const PATHS = {
  compose: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-1-3-2 .3-1.4-1.4L17 5l-3-1-1 2h-2L10 4 7 5l.4 1.9L6 8.3 4 8l-1 3 2 1v0l-2 1 1 3 2-.3 1.4 1.4L7 19l3 1 1-2h2l1 2 3-1-.4-1.9 1.4-1.4 2 .3 1-3z',
  lock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM16 16l5 5',
  back: 'M15 5l-7 7 7 7',
  more: 'M12 6h.01M12 12h.01M12 18h.01',
  pin: 'M9 4h6l-1 6 3 3H7l3-3zM12 13v7',
  muted: 'M6 16V11a6 6 0 0 1 9-5M18 11v5l2 2H8M10 20a2 2 0 0 0 4 0M4 4l16 16',
  sent: 'M5 12l4 4 10-10',
  read: 'M2 12l4 4 9-9M10 16l1 1 11-11',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  alert: 'M12 3l10 18H2zM12 10v4M12 17h.01',
  smile: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8 14a5 5 0 0 0 8 0M9 9h.01M15 9h.01',
  send: 'M4 12l16-8-6 16-2-7z',
  close: 'M6 6l12 12M18 6L6 18',
  reply: 'M10 8V4l-7 7 7 7v-4c5 0 8 1 11 5-1-6-4-10-11-11z',
  timer: 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM12 9v4M10 2h4',
  requests: 'M4 5h16v11H8l-4 4zM8 10h8',
  group: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M16 11a3 3 0 1 0 0-6M18 20a6 6 0 0 0-2-4.5',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  down: 'M6 9l6 6 6-6',
  attach: 'M21 11l-8.5 8.5a5 5 0 0 1-7-7L14 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L15 7',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  play: 'M8 5l11 7-11 7z',
  pause: 'M8 5v14M16 5v14',
  mic: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3',
  next: 'M9 5l7 7-7 7',
  up: 'M6 15l6-6 6 6',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
