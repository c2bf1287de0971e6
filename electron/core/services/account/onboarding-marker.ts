/**
 * `DATA_DIR/onboarding.pending`: written (exclusively) before an onboarding makes the key vault and
 * removed once the account row is committed. It is the only evidence that a vault without an
 * account is ours to clear: without it, a vault whose database is missing or empty may be the last
 * copy of a real account's key (a database moved away, a restore in progress) and must be kept.
 *
 * The file holds the pid of the onboarding process, so a start-up never clears an onboarding that
 * another live process is running in the same folder.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ONBOARDING_MARKER_NAME = 'onboarding.pending';

/** A marker is a few bytes; a larger file is not ours and is not parsed. */
const MAX_MARKER_BYTES = 64;

export function onboardingMarkerPath(dataDir: string): string {
  return join(dataDir, ONBOARDING_MARKER_NAME);
}

/**
 * Claims the folder for one onboarding; false when a marker already exists (another onboarding
 * is running here, or one died and start-up has not cleared it yet).
 */
export function claimOnboarding(dataDir: string): boolean {
  // The first onboarding of a new data dir comes before anything else has made the folder.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(onboardingMarkerPath(dataDir), String(process.pid), { flag: 'wx', mode: 0o600 });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

export function releaseOnboarding(dataDir: string): void {
  rmSync(onboardingMarkerPath(dataDir), { force: true });
}

export type MarkerState = 'none' | 'live' | 'stale';

/**
 * 'live' while the process that wrote the marker still runs (and is not this one: a start-up in
 * the same process comes after its own onboarding ended); 'stale' when it died half-way.
 */
export function readOnboardingMarker(dataDir: string): MarkerState {
  let text: string;
  try {
    const bytes = readFileSync(onboardingMarkerPath(dataDir));
    if (bytes.length > MAX_MARKER_BYTES) return 'stale';
    text = bytes.toString('utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw e;
  }
  const pid = /^[1-9][0-9]{0,9}$/u.test(text) ? Number(text) : undefined;
  if (pid === undefined || pid === process.pid) return 'stale';
  return processAlive(pid) ? 'live' : 'stale';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else, so it may still be onboarding.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
