/** The only two IPC channels between the renderer's preload and the main process. */
export const IPC_CALL = 'shallot:call';
export const IPC_EVENT = 'shallot:event';
