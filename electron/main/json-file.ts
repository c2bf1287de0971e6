/**
 * Small, non-secret JSON files of the desktop shell in the data folder (window position, the
 * desktop preferences it needs before the core answers). Reading never throws: a missing or
 * damaged file reads as nothing. Writing goes through a temp file and a rename, so a crash leaves
 * the old file or the new one, never half of one.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Larger than any file we write; a bigger one is not ours and is ignored. */
const MAX_BYTES = 64 * 1024;

export function readJsonFile(path: string): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    return text.length > MAX_BYTES ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Best effort: the shell keeps working (with defaults next time) when the folder is read-only. */
export function writeJsonFile(path: string, value: unknown): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(value)}\n`, { mode: 0o600 });
    renameSync(temp, path);
    return true;
  } catch {
    return false;
  }
}
