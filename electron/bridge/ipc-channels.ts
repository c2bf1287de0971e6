/**
 * The IPC channels between the renderer's preload and the main process: the bridge's calls and
 * events, and the desktop notifications the renderer decided on (shown by the main process with
 * Electron's Notification; a click comes back as the conversation to open).
 */
export const IPC_CALL = 'shallot:call';
export const IPC_EVENT = 'shallot:event';
export const IPC_NOTIFY = 'shallot:notify';
export const IPC_NOTIFICATION_CLICKED = 'shallot:notification-clicked';
