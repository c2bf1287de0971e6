/**
 * Paths as the user types them, joined the way the core's machine writes them (the core runs on
 * this machine: Windows paths use backslashes). The core checks every path; this only helps.
 */
export function joinPath(folder: string, name: string): string {
  const sep = /^[a-zA-Z]:\\|\\\\/u.test(folder) ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** `shallot-backup-2026-12-01.shallotbackup` for today. */
export function defaultBackupName(now: Date = new Date()): string {
  return `shallot-backup-${now.toISOString().slice(0, 10)}.shallotbackup`;
}

/** A file name for a chat's export: its title, made safe for any file system. */
export function exportName(title: string, format: 'html' | 'json'): string {
  const safe =
    title
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/[\\/:*?"<>|]+/gu, ' ')
      .trim()
      .slice(0, 60) || 'chat';
  return `${safe}.${format}`;
}
