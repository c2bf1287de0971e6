import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-search';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every schema step in order. Append only: a released step is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];

export const LATEST_VERSION = MIGRATIONS.length;
