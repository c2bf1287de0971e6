import { describe, expect, it } from 'vitest';
import {
  desktopNotifications,
  hostNotifications,
  type DesktopNotifier,
} from '../../../src/stores/messenger/notifier';

function fakeDesktop() {
  const sent: unknown[] = [];
  let click: ((id: string) => void) | undefined;
  const desktop: DesktopNotifier = {
    notify: (text) => sent.push(text),
    onNotificationClick: (h) => {
      click = h;
      return () => undefined;
    },
  };
  return { desktop, sent, click: (id: string) => click?.(id) };
}

describe('desktop notifications (Electron)', () => {
  it('hands the decided text to the main process; its click opens that chat', () => {
    const { desktop, sent, click } = fakeDesktop();
    const sink = desktopNotifications(desktop);
    expect(sink.permission()).toBe('granted');
    const opened: string[] = [];
    const text = { title: 'Bob', body: 'Ping', tag: 'conversation-05ab', conversationId: '05ab' };
    sink.show(text, () => opened.push('05ab'));
    expect(sent).toEqual([text]);
    click('05cd');
    click('05ab');
    expect(opened).toEqual(['05ab']);
  });

  it('is chosen when the preload offers it, the browser API otherwise', () => {
    const { desktop, sent } = fakeDesktop();
    const electronWindow = { shallotDesktop: desktop } as unknown as Window; // only the one property
    hostNotifications(electronWindow).show(
      { title: 'T', body: 'B', tag: 't', conversationId: 'c' },
      () => undefined,
    );
    expect(sent).toHaveLength(1);
    const browserWindow = {} as Window; // no Notification API at all
    expect(hostNotifications(browserWindow).permission()).toBe('unsupported');
  });
});
