/**
 * Desktop notifications from the main process (issue 16): the renderer decides whether a message
 * is worth one and what it says (notification-rules.ts: muted, requests, the focused chat, the
 * content setting) and sends the text here; this shows it with Electron's Notification, one per
 * conversation (a newer one replaces the older), and a click brings the window forward and tells
 * the renderer which chat to open. What arrives is checked like any other input from a page.
 */
import { ipcMain, Notification, type BrowserWindow } from 'electron';
import { IPC_NOTIFICATION_CLICKED, IPC_NOTIFY } from '../bridge/ipc-channels';
import { revealWindow } from './single-instance';

export type NotificationRequest = { title: string; body: string; tag: string; conversationId: string };

const LIMITS = { title: 200, body: 400, tag: 200, conversationId: 100 } as const;

/** The request when every field is a string within its bound; anything else is dropped. */
export function notificationRequest(raw: unknown): NotificationRequest | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const out: Partial<NotificationRequest> = {};
  for (const key of Object.keys(LIMITS) as (keyof NotificationRequest)[]) {
    const v = r[key];
    if (typeof v !== 'string' || v.length > LIMITS[key]) return undefined;
    out[key] = v;
  }
  return out as NotificationRequest;
}

/** Shows the renderer's notifications while `window()` is the sender; returns the uninstall. */
export function installNotifications(window: () => BrowserWindow | undefined): () => void {
  const shown = new Map<string, Notification>();
  ipcMain.on(IPC_NOTIFY, (event, raw: unknown) => {
    const win = window();
    const request = notificationRequest(raw);
    if (!request || !win || event.sender !== win.webContents || !Notification.isSupported()) return;
    shown.get(request.tag)?.close();
    const n = new Notification({ title: request.title, body: request.body });
    shown.set(request.tag, n);
    n.on('click', () => {
      shown.delete(request.tag);
      const current = window();
      if (revealWindow(current)) current?.webContents.send(IPC_NOTIFICATION_CLICKED, request.conversationId);
    });
    n.on('close', () => {
      if (shown.get(request.tag) === n) shown.delete(request.tag);
    });
    n.show();
  });
  return () => {
    ipcMain.removeAllListeners(IPC_NOTIFY);
    for (const n of shown.values()) n.close();
    shown.clear();
  };
}
