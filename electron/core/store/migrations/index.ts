import { StoreError } from '../errors';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-search';
import { migration0003 } from './0003-outbox-jobs';
import { migration0004 } from './0004-messaging';
import { migration0005 } from './0005-config-sync';
import { migration0006 } from './0006-groups';
import { migration0007 } from './0007-attachments';
import { migration0008 } from './0008-search-backup';
import type { Migration } from './types';

export type { Migration } from './types';

/**
 * Checks a list of schema steps: positive integer versions, strictly increasing (so unique).
 * Gaps are allowed: each branch of work takes its number in advance (house 0003, messaging 0004,
 * config 0005, …), so the released list may skip a number until the step that owns it lands —
 * which is why nothing may assume that step N sits at index N − 1.
 */
export function checkMigrations(list: readonly Migration[]): readonly Migration[] {
  let previous = 0;
  for (const m of list) {
    if (!Number.isSafeInteger(m.version) || m.version <= 0) {
      throw new StoreError('invalid', `Schema step "${m.name}" has no positive integer version.`);
    }
    if (m.version <= previous) {
      throw new StoreError(
        'invalid',
        `Schema step ${m.version} (${m.name}) comes after step ${previous}: steps must be unique and in order.`,
      );
    }
    previous = m.version;
  }
  return list;
}

/** Every schema step in order. Append only: a released step is never edited. */
export const MIGRATIONS: readonly Migration[] = checkMigrations([
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
]);

/** The newest version this build knows: the last step's number, whatever gaps lie before it. */
export function latestVersion(list: readonly Migration[]): number {
  return list.length === 0 ? 0 : list[list.length - 1]!.version;
}

export const LATEST_VERSION = latestVersion(MIGRATIONS);
