/**
 * Which icons build/icons holds, shared by the renderer script, the packaging config test and the
 * tray (which loads the tray files by these names).
 */

/** Linux wants NxN.png files (electron-builder's linux.icon folder); the containers reuse them. */
export const APP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** What Windows asks an .ico for, from the taskbar's 16 px to Explorer's 256 px. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

export type TrayVariant = { file: string; side: number; css: string; extra?: string };

const NO_BACKGROUND = '#background{display:none}';
/** A red dot in the top-right corner: unread messages, for trays that cannot show a number. */
const UNREAD_DOT = '<circle cx="812" cy="232" r="180" fill="#e5484d" stroke="#ffffff" stroke-width="40"/>';
/** Windows' taskbar overlay: the dot alone, centred. */
const BADGE = `${NO_BACKGROUND} #roots,#sprout,#bulb,#layers,#shine{display:none}`;
const BADGE_DOT = '<circle cx="512" cy="512" r="420" fill="#e5484d" stroke="#ffffff" stroke-width="80"/>';
/** macOS template images: black on transparent, which the menu bar tints for light and dark. */
const TEMPLATE = `${NO_BACKGROUND} *{fill:#000 !important;stroke:#000 !important} #layers,#shine{display:none}`;

export const TRAY_VARIANTS: readonly TrayVariant[] = [
  { file: 'tray.png', side: 32, css: NO_BACKGROUND },
  { file: 'tray-unread.png', side: 32, css: NO_BACKGROUND, extra: UNREAD_DOT },
  { file: 'tray-badge.png', side: 16, css: BADGE, extra: BADGE_DOT },
  { file: 'trayTemplate.png', side: 16, css: TEMPLATE },
  { file: 'trayTemplate@2x.png', side: 32, css: TEMPLATE },
];
