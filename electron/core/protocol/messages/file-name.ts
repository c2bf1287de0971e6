import { truncateUtf8, withoutControlCharacters } from './text-bounds';

/** Most file systems cap a name at 255 bytes. */
const MAX_FILE_NAME_BYTES = 255;

/**
 * A sender's file name made safe to show and to offer as a save-as default: no path separators
 * (replaced by `_`), no control or bidi-override characters, no leading dots (hidden files, `..`),
 * at most 255 UTF-8 bytes. Undefined when nothing is left.
 */
export function sanitizeFileName(name: string | null | undefined): string | undefined {
  if (typeof name !== 'string') return undefined;
  const cleaned = withoutControlCharacters(name).replace(/[/\\]/g, '_').trim().replace(/^\.+/, '');
  const bounded = truncateUtf8(cleaned, MAX_FILE_NAME_BYTES).trim();
  return bounded === '' ? undefined : bounded;
}
