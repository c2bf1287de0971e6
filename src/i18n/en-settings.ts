/** Strings of the categorised settings (issue 16), clearing data, and the lock screen's way out. */
export const enSettings = {
  'settings.section.profile': 'Profile',
  'settings.section.privacy': 'Privacy',
  'settings.section.notifications': 'Notifications',
  'settings.section.conversations': 'Conversations',
  'settings.section.requests': 'Message requests',
  'settings.section.appearance': 'Appearance',
  'settings.section.phrase': 'Recovery phrase',
  'settings.section.help': 'Help and about',
  'settings.section.clear': 'Clear data',
  'settings.backToList': 'Back to the settings list',
  'settings.privacyMessages': 'Messages',
  'settings.setPasswordOpen': 'Set app password…',
  'settings.changePasswordOpen': 'Change app password…',
  'settings.removePasswordOpen': 'Remove app password…',
  'settings.setHeading': 'Set an app password',
  'settings.setIntro':
    'Shallot then asks for it when it starts or is locked. It cannot be recovered: if you forget it, only your recovery phrase brings your account back.',
  'settings.changeIntro': 'Enter the password you use now, then the new one twice.',
  'settings.removeIntro':
    'Without a password, anyone who can use this computer’s user account can open Shallot.',
  'settings.passwordEmpty': 'Enter a new app password.',
  'settings.passwordShort': 'That password is too short: use at least 6 characters.',
  'settings.passwordLong': 'That password is too long: use at most 1024 characters.',
  'settings.composing': 'Writing messages',
  'settings.composingHint':
    'Enter sends a message; Shift+Enter starts a new line. Drafts are kept per conversation.',
  'settings.requestsIntro':
    'First messages from people you have not accepted wait in Message requests. They do not see whether you read them until you accept.',
  'settings.requestsOpen': 'Open message requests ({n})',

  'pref.unsupported': '(This version of the Shallot core does not keep this setting yet.)',
  'pref.readReceipts': 'Read receipts',
  'pref.readReceipts.hint':
    'Let your contacts see when you have read their messages, and see when they read yours.',
  'pref.typingIndicators': 'Typing indicators',
  'pref.typingIndicators.hint': 'Let your contacts see when you are typing, and see when they are.',
  'pref.linkPreviews': 'Link previews',
  'pref.linkPreviews.hint':
    'Show a preview of links you send. Fetching it reveals to the site that someone links to it.',
  'pref.notifications': 'Desktop notifications',
  'pref.notifications.hint':
    'Announce new messages, except in muted conversations and the one you are reading.',
  'pref.autoDownload': 'Download attachments automatically',
  'pref.autoDownload.hint': 'Fetch pictures and files from accepted contacts without asking.',
  'pref.desktopHeading': 'Start-up',
  'pref.openAtLogin': 'Open Shallot when you log in',
  'pref.openAtLogin.hint': 'Shallot starts with your computer, so messages arrive without you opening it.',
  'pref.startInTray': 'Start in the tray',
  'pref.startInTray.hint': 'Start with the window hidden; open it from the tray icon.',

  'notifySettings.permission.granted': 'This browser shows Shallot’s notifications.',
  'notifySettings.permission.denied':
    'This browser blocks Shallot’s notifications. Allow them in the browser’s site settings.',
  'notifySettings.permission.default':
    'This browser has not been allowed to show Shallot’s notifications yet.',
  'notifySettings.permission.unsupported': 'This browser cannot show notifications.',
  'notifySettings.allow': 'Allow notifications',
  'notifySettings.content': 'What notifications show',
  'notifySettings.content.name-and-message': 'Name and message',
  'notifySettings.content.name-only': 'Name only',
  'notifySettings.content.nothing': 'Neither name nor message',
  'notifySettings.contentHint': 'Notifications can be seen by anyone near your screen.',

  'help.keys': 'Keyboard shortcuts',
  'help.keys.new': 'New message',
  'help.keys.search': 'Search',
  'help.keys.switch': 'Previous or next conversation',
  'help.keys.settings': 'Settings',
  'help.keys.send': 'Send the message',
  'help.keys.newline': 'New line in a message',
  'help.keys.menu': 'Menu of the focused conversation or message',
  'help.keys.close': 'Close a menu or dialog',

  'clearData.heading': 'Clear this device’s data',
  'clearData.forgotHeading': 'Forgot your password?',
  'clearData.intro':
    'Log out of Shallot on this device: your account, messages and settings are deleted from this computer.',
  'clearData.warning':
    'Everything of your account on this device is deleted: messages, contacts, settings and the app password. This cannot be undone.',
  'clearData.phraseNeeded':
    'You can restore your account afterwards only with your recovery phrase. Messages still on the network come back; older ones do not.',
  'clearData.word': 'delete',
  'clearData.typeLabel': 'Type “{word}” to confirm',
  'clearData.mismatch': 'Type “{word}” to confirm, exactly as shown.',
  'clearData.submit': 'Delete this device’s data',
  'clearData.open': 'Clear data…',
  'clearData.busy': 'Deleting this device’s data…',

  'lock.forgot': 'Forgot your password?',
  'lock.retryIn': 'Try again in {n} seconds.',
  'lock.retryInOne': 'Try again in 1 second.',
  'lock.wrongThenWait': 'That password is not right. {wait}',
  'lock.tooMany': 'Too many wrong attempts. {wait}',

  'network.label': 'Network status',
  'network.connecting': 'Connecting to the Session network…',
  'network.online': 'Online · {n} onion paths',
  'network.onlineOne': 'Online · 1 onion path',
  'network.offline': 'Network unreachable — retrying',
  'network.clock-skew': 'Your clock is wrong — check the date and time',
  'network.offlineMode': 'Offline mode (no network)',
} as const;
