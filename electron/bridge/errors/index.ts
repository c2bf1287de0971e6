/**
 * Every error code the bridge may answer with, declared per domain. A method lists the domain codes
 * it may answer with in its spec (`errors`); the transport codes are always possible. The
 * renderer's locale has a message for each (a code without words fails typecheck), and the
 * dispatcher turns any undeclared code into `internal`.
 */
import { ACCOUNT_CODES } from './account';
import { ATTACHMENTS_CODES } from './attachments';
import { BACKUP_CODES } from './backup';
import { CONVERSATIONS_CODES } from './conversations';
import { DATA_CODES } from './data';
import { GROUPS_CODES } from './groups';
import { MESSAGES_CODES } from './messages';
import { NETWORK_CODES } from './network';
import { PHRASE_CODES } from './phrase';
import { SEARCH_CODES } from './search';
import { STORE_CODES } from './store';
import { SYNC_CODES } from './sync';
import { TRANSPORT_CODES, type TransportCode } from './transport';
import { VAULT_CODES } from './vault';

export const DOMAIN_CODES = [
  ...ACCOUNT_CODES,
  ...VAULT_CODES,
  ...STORE_CODES,
  ...PHRASE_CODES,
  ...NETWORK_CODES,
  ...CONVERSATIONS_CODES,
  ...MESSAGES_CODES,
  ...DATA_CODES,
  ...GROUPS_CODES,
  ...ATTACHMENTS_CODES,
  ...SYNC_CODES,
  ...SEARCH_CODES,
  ...BACKUP_CODES,
] as const;

export type DomainCode = (typeof DOMAIN_CODES)[number];
export type ErrorCode = TransportCode | DomainCode;

export const ERROR_CODES: readonly ErrorCode[] = [...TRANSPORT_CODES, ...DOMAIN_CODES];

const TRANSPORT_SET: ReadonlySet<string> = new Set(TRANSPORT_CODES);
const ALL_SET: ReadonlySet<string> = new Set(ERROR_CODES);

export function isTransportCode(code: string): code is TransportCode {
  return TRANSPORT_SET.has(code);
}

export function isErrorCode(code: string): code is ErrorCode {
  return ALL_SET.has(code);
}

export { TRANSPORT_CODES, type TransportCode } from './transport';
export { ACCOUNT_CODES, type AccountCode } from './account';
export { VAULT_CODES, type VaultCode } from './vault';
export { STORE_CODES, STORE_OPEN, STORE_USE, type StoreCode } from './store';
export { PHRASE_CODES, type PhraseCode } from './phrase';
export { NETWORK_CODES, type NetworkCode } from './network';
export { CONVERSATIONS_CODES, type ConversationsCode } from './conversations';
export { MESSAGES_CODES, type MessagesCode } from './messages';
export { GROUPS_CODES, type GroupsCode } from './groups';
export { ATTACHMENTS_CODES, type AttachmentsCode } from './attachments';
export { SYNC_CODES, type SyncCode } from './sync';
export { SEARCH_CODES, type SearchCode } from './search';
export { BACKUP_CODES, type BackupCode } from './backup';
