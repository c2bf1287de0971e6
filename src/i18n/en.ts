import type { ErrorCode } from '../../electron/bridge/errors';
import { enAttachments } from './en-attachments';
import { attachmentsErrorMessages } from './en-attachments-errors';
import { backupErrorMessages } from './en-backup-errors';
import { enGroups } from './en-groups';
import { groupsErrorMessages } from './en-groups-errors';
import { enMessenger } from './en-messenger';
import { enSearchBackup } from './en-search-backup';
import { messagingErrorMessages } from './en-messaging-errors';
import { enSettings } from './en-settings';
import { enSync, syncErrorMessages } from './en-sync';

/** Every string the renderer shows, in one place. Keys are dotted by screen. */
export const en = {
  'app.title': 'Shallot',
  'app.loading': 'Starting Shallot…',
  'about.heading': 'About this Shallot',
  'about.version': 'Version',
  'about.dataDir': 'Data folder',
  'about.network': 'Network',
  'about.host': 'Running in',
  'about.uptime': 'Core uptime',
  'about.host.electron': 'Desktop app',
  'about.host.web': 'Web host (browser)',
  'about.host.cli': 'Command line',
  'about.host.test': 'Test harness',
  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'uptime.seconds': '{n} s',
  'uptime.minutes': '{m} min {s} s',
  'uptime.hours': '{h} h {m} min',

  'common.continue': 'Continue',
  'common.copy': 'Copy',
  'common.copied': 'Copied to the clipboard.',
  'common.copyFailed': 'Could not copy. Select the text and copy it yourself.',
  'common.working': 'Working…',

  'welcome.heading': 'Welcome to Shallot',
  'welcome.intro':
    'Shallot is a private messenger for the Session network. Your account is a key made on this device: no phone number, no email.',
  'welcome.create': 'Create account',
  'welcome.restore': 'I have an account',

  'create.heading': 'Your new account',
  'create.sessionIdLabel': 'Your Session ID',
  'create.sessionIdHint': 'Share this with people so they can message you.',
  'create.copySessionId': 'Copy Session ID',
  'create.phraseLabel': 'Your recovery phrase',
  'create.phraseHint':
    'These 13 words are the only way to restore your account. Write them down and keep them somewhere safe and private. Anyone with them can read your messages.',
  'create.copyPhrase': 'Copy recovery phrase',
  'create.saved': 'I have saved my recovery phrase',
  'create.backToWelcome': 'Back to the start',

  'check.heading': 'Check your recovery phrase',
  'check.intro': 'To make sure you saved it, type two of its words.',
  'check.wordLabel': 'Word {n}',
  'check.submit': 'Check words',
  'check.wrong': 'That is not word {n} of your recovery phrase. Look at what you wrote down and try again.',
  'check.empty': 'Enter word {n} of your recovery phrase.',
  'check.backToPhrase': 'Show the phrase again',

  'restore.heading': 'Restore your account',
  'restore.intro':
    'Type or paste your recovery phrase: 13 words from Session, or the same account as 12 BIP39 words.',
  'restore.label': 'Recovery phrase',
  'restore.formSession': 'Session recovery phrase (13 words) — recognised.',
  'restore.formBip39': 'BIP39 phrase (12 words) — recognised.',
  'restore.belongsTo': 'It belongs to the Session ID',
  'restore.empty': 'Enter your recovery phrase first.',
  'restore.backToWelcome': 'Back to the start',

  'phrase.word-count': 'A recovery phrase has 13 words (or 12 in BIP39 form); this one has {count}.',
  'phrase.unknown-word': "Word {position}, '{word}', is not in the word list.",
  'phrase.checksum': 'These words do not add up: one of them is wrong or the order is mixed up.',
  'phrase.invalid': 'These words are not a valid recovery phrase: one of them is wrong.',

  'name.heading': 'Choose a display name',
  'name.intro': 'This is the name people see when you message them. You can change it later.',
  'name.label': 'Display name',
  'name.required': 'Enter a display name.',
  'name.finishCreate': 'Create my account',
  'name.finishRestore': 'Restore my account',
  'name.busy': 'Setting up your account…',
  'name.backToCheck': 'Back to the word check',
  'name.backToPhrase': 'Back to the recovery phrase',

  'lock.heading': 'Shallot is locked',
  'lock.intro': 'Enter your app password to unlock your account.',
  'lock.password': 'App password',
  'lock.unlock': 'Unlock',
  'lock.busy': 'Unlocking…',

  'nav.settings': 'Settings',
  'nav.lockNow': 'Lock now',

  'home.heading': 'Conversations',
  'home.empty': 'No conversations yet',
  'home.emptyHint': 'Share your Session ID so people can start a conversation with you.',
  'home.idHeading': 'Your Session ID',
  'home.copyId': 'Copy your Session ID',
  'home.qrAlt': 'QR code of your Session ID',
  'home.greeting': 'Signed in as {name}',

  'settings.heading': 'Settings',
  'settings.saveName': 'Save display name',
  'settings.nameSaved': 'Display name saved.',
  'settings.phrase': 'Recovery phrase',
  'settings.phraseHint':
    'Your recovery phrase restores your account on another device. Never share it with anyone.',
  'settings.phrasePassword': 'App password (to show the phrase)',
  'settings.showPhrase': 'Show recovery phrase',
  'settings.hidePhrase': 'Hide recovery phrase',
  'settings.phraseBip39': 'The same account in BIP39 form (12 words)',
  'settings.lock': 'App lock',
  'settings.lockOff':
    'No app password is set. Anyone who can open this device’s user account can open Shallot.',
  'settings.lockOn':
    'An app password protects Shallot. It is asked for when Shallot starts or is locked. Without it a copy of the data folder cannot be read; someone who learns the password, or a program running while Shallot is unlocked, still can.',
  'settings.keychainNote':
    'Your database key is sealed by the system keychain: a copy of the data folder cannot be read on another computer or by another user, but programs running as you on this one can open it. An app password protects against that too.',
  'settings.keyfileWarning':
    'Your database key is kept in a plain file in the data folder: anyone who can read that folder, or any copy of it (a backup, a sync tool), can read your messages. Setting an app password re-encrypts the database under a new key, so old copies of that file stop working.',
  'settings.newPassword': 'New app password',
  'settings.confirmPassword': 'Repeat the new app password',
  'settings.currentPassword': 'Current app password',
  'settings.setPassword': 'Set app password',
  'settings.changePassword': 'Change app password',
  'settings.removePassword': 'Remove app password',
  'settings.changeHeading': 'Change the app password',
  'settings.removeHeading': 'Remove the app password',
  'settings.passwordSet': 'App password set.',
  'settings.passwordChanged': 'App password changed.',
  'settings.passwordRemoved': 'App password removed.',
  'settings.passwordMismatch': 'The two new passwords are not the same.',
  'settings.passwordBusy': 'Protecting your key with the password…',
  'settings.autoLock': 'Lock automatically after inactivity',
  'settings.autoLockNever': 'Never',
  'settings.autoLockMinutes': 'After {n} minutes',
  'settings.autoLockMinute': 'After 1 minute',
  'settings.appearance': 'Appearance',
  'settings.back': 'Back to conversations',

  'error.unknown': 'Something went wrong: {message}',
  ...enMessenger,
  ...enGroups,
  ...enAttachments,
  ...enSettings,
  ...enSync,
  ...enSearchBackup,
} as const;

export type MessageKey = keyof typeof en;

/**
 * Words for every error code the bridge declares (electron/bridge/errors/): a code added there
 * without a message here fails typecheck, and so does a message for a code that does not exist.
 */
export const errorMessages = {
  // Transport: any call.
  'unknown-method': 'This version of Shallot does not know that request.',
  'invalid-params': 'Shallot could not accept that input.',
  'bad-frame': 'Shallot received a request it could not read.',
  'too-large': 'That is too large to send in one piece.',
  timeout: 'Shallot took too long to answer. Try again.',
  shutdown: 'Shallot is shutting down.',
  disconnected: 'Shallot is not connected. It will retry on its own.',
  internal: 'Something went wrong inside Shallot.',
  locked: 'Shallot is locked. Unlock it first.',
  // Account and app lock.
  'no-account': 'There is no account yet.',
  'account-exists': 'This data folder already holds an account.',
  'no-pending-seed': 'Start again: the new account was not prepared.',
  'onboarding-mismatch': 'This account was replaced by a newer one started in another window. Start again.',
  'password-required': 'Enter your app password.',
  'no-password': 'There is no app password to use.',
  'password-set': 'An app password is already set.',
  'rate-limited': 'Too many wrong attempts. Wait a little, then try again.',
  'store-missing':
    'Shallot found your key but not your account database (shallot.db). Nothing was deleted: put the database back, or choose another data folder.',
  'key-missing':
    'This data folder has a database but no key to open it (vault.json). Put the key file back, or choose another data folder.',
  // The key vault.
  'wrong-password': 'That password is not right.',
  'weak-password': 'Use 6 to 1024 characters.',
  'no-vault': 'This data folder has no key vault yet.',
  'vault-exists': 'This data folder already holds an account.',
  'corrupt-vault': 'The file that keeps your database key is damaged.',
  'keychain-unavailable': 'The system keychain could not be used. Try again, or set an app password.',
  'vault-wrong-kind': 'The key vault is not of the kind this needs.',
  'vault-io':
    'The file that keeps your database key could not be read or written. Check the disk and its permissions.',
  // The database.
  'db-busy': 'Another Shallot is using this account’s database. Close it, then try again.',
  'db-io': 'The disk refused to read or write the database. Check free space and permissions.',
  'db-corrupt': 'The account database is damaged.',
  'db-wrong-key': 'The database could not be opened with its key.',
  'db-newer-schema':
    'This account was opened by a newer Shallot. Update Shallot to open it; nothing was changed.',
  'db-migration-failed': 'Shallot could not upgrade the account database. Nothing was changed.',
  'db-closed': 'The account was locked or closed while this ran. Try again.',
  // Recovery phrases.
  'phrase-word-count': 'A recovery phrase has 13 words (or 12 in BIP39 form).',
  'phrase-unknown-word': 'One of the words is not in the word list.',
  'phrase-checksum': 'These words do not add up: one of them is wrong or the order is mixed up.',
  'phrase-invalid': 'These words are not a valid recovery phrase.',
  // The Session network.
  'network-timeout': 'The Session network did not answer in time. Try again.',
  'network-unreachable': 'The Session network cannot be reached. Check the internet connection.',
  'network-clock-out-of-sync': 'The network refused this computer’s time. Check the date and time.',
  'network-unauthorized': 'The network refused the request’s signature.',
  'network-wrong-swarm': 'The network moved this account; Shallot will retry.',
  'network-bad-response': 'The network sent an answer Shallot cannot read.',
  'network-pin-mismatch': 'A seed node presented the wrong certificate; Shallot did not trust it.',
  'network-path': 'An onion path failed; Shallot will build another.',
  'network-not-found': 'The network does not have that.',
  'network-rejected': 'The server refused the request.',
  'network-too-large': 'That is too large for the network.',
  'network-pool': 'Not enough service nodes are known yet. Try again in a moment.',
  'network-seed': 'No seed node could be reached.',
  'network-closed': 'The network connection was closed.',
  ...messagingErrorMessages,
  ...groupsErrorMessages,
  ...attachmentsErrorMessages,
  ...syncErrorMessages,
  ...backupErrorMessages,
} as const satisfies Record<ErrorCode, string>;
