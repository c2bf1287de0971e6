import type { SyncCode } from '../../electron/bridge/errors/sync';

/** Restoring an account from the network, and config sync's error words; en.ts merges them. */
export const enSync = {
  'name.introRestore':
    'Your name comes back from the network with your contacts and chats. Type one here only if you want a name for an account that never had one.',
  'restoreSync.heading': 'Restoring your account',
  'restoreSync.connecting': 'Connecting to the Session network…',
  'restoreSync.fetching': 'Fetching your profile, contacts and chats…',
  'restoreSync.applying': 'Restoring… {contacts} contacts, {conversations} chats so far.',
  'restoreSync.done': 'Your account is back.',
  'restoreSync.timedOut':
    'The network is slow to answer. Shallot opens your account now and brings the rest in as it arrives.',
  'restoreSync.offline': 'Shallot runs offline: your contacts and chats come back once it is online.',
} as const;

export const syncErrorMessages = {
  'sync-offline': 'Shallot runs offline, so there is nothing to sync with.',
  'sync-failed': 'Your changes could not reach the network yet. Shallot keeps them and tries again.',
} as const satisfies Record<SyncCode, string>;
