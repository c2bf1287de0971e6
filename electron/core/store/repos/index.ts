/**
 * Every repository of the store, and every SQL statement each one runs. A repository keeps its
 * statements in one exported object (`MESSAGE_SQL`, …) so the query-plan test can EXPLAIN all of
 * them; the mapped type below makes a new repository without its statements fail to compile.
 */
import { ACCOUNT_SQL, accounts } from './accounts';
import { BACKUP_SCHEDULE_SQL, backupSchedule } from './backup-schedule';
import { CHAT_SQL, chat } from './chat';
import { CONFIG_SQL, configs } from './configs';
import { CONTACT_SQL, contacts } from './contacts';
import { CONVERSATION_SQL, conversations } from './conversations';
import { GROUP_SQL, groups } from './groups';
import { MEDIA_SQL, media } from './media';
import { MESSAGE_SQL, messages } from './messages';
import { NETWORK_SQL, network } from './network-state';
import { OUTBOX_SQL, outbox } from './outbox';
import {
  CHAT_MATCH_COUNT_SQL,
  CHAT_MATCHES_SQL,
  PEOPLE_SQL,
  REBUILD_SQL,
  SEARCH_SQL,
  search,
} from './search';
import { SETTINGS_SQL, settings } from './settings';

export const REPOSITORIES = {
  accounts,
  backupSchedule,
  chat,
  configs,
  contacts,
  conversations,
  groups,
  media,
  messages,
  network,
  outbox,
  search,
  settings,
} as const;

export type Repositories = typeof REPOSITORIES;

export const REPOSITORY_SQL: { readonly [R in keyof Repositories]: Readonly<Record<string, string>> } = {
  accounts: ACCOUNT_SQL,
  backupSchedule: BACKUP_SCHEDULE_SQL,
  chat: CHAT_SQL,
  configs: CONFIG_SQL,
  contacts: CONTACT_SQL,
  conversations: CONVERSATION_SQL,
  groups: GROUP_SQL,
  media: MEDIA_SQL,
  messages: MESSAGE_SQL,
  network: NETWORK_SQL,
  outbox: OUTBOX_SQL,
  search: {
    messages: SEARCH_SQL,
    chatMatches: CHAT_MATCHES_SQL,
    chatMatchCount: CHAT_MATCH_COUNT_SQL,
    people: PEOPLE_SQL,
    rebuild: REBUILD_SQL,
  },
  settings: SETTINGS_SQL,
};
