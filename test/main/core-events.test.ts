/** The main process's own subscription to the core's events (tray, desktop settings). */
import { describe, expect, it } from 'vitest';
import { onCoreEvent, publishCoreEvent } from '../../electron/main/core-events';

describe('core events in the main process', () => {
  it('reach every subscriber until it unsubscribes, even when one throws', () => {
    const seen: [string, unknown][] = [];
    const offThrowing = onCoreEvent(() => {
      throw new Error('broken tray');
    });
    const off = onCoreEvent((name, payload) => seen.push([name, payload]));
    publishCoreEvent('conversations.changed', { unreadTotal: 3 });
    off();
    offThrowing();
    publishCoreEvent('conversations.changed', { unreadTotal: 4 });
    expect(seen).toEqual([['conversations.changed', { unreadTotal: 3 }]]);
  });
});
