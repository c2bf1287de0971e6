/**
 * How config fields and store columns stand for each other, both ways, so that projecting a
 * config into the store and reading the store back gives the same config (no write, no push):
 *   notify 'disabled' ⇔ muted for ever; mute-until (s) ⇔ muted_until (ms);
 *   disappearing {mode, seconds} ⇔ expire_mode / expire_timer_s; priority ⇔ priority, where a
 *   conversation this device does not have counts as hidden (−1).
 */
import type { Disappearing, NotifyMode } from '../../protocol/config';
import type { ExpireMode } from '../../store';

/** The conversation views read this as "muted for ever" (api/views/conversation-view.ts). */
export const MUTED_FOREVER = Number.MAX_SAFE_INTEGER;
/** libsession's priority of a hidden conversation. */
export const HIDDEN = -1;

export function mutedUntilOf(notify: NotifyMode, muteUntilSeconds: number): number {
  if (notify === 'disabled') return MUTED_FOREVER;
  return muteUntilSeconds > 0 ? muteUntilSeconds * 1000 : 0;
}

/** The config's notify/mute for a store value, keeping a notify mode the store does not show. */
export function muteFieldsOf(
  mutedUntil: number,
  notify: NotifyMode,
): { notify: NotifyMode; muteUntilSeconds: number } {
  if (mutedUntil >= MUTED_FOREVER) return { notify: 'disabled', muteUntilSeconds: 0 };
  return {
    notify: notify === 'disabled' ? 'default' : notify,
    muteUntilSeconds: Math.floor(mutedUntil / 1000),
  };
}

export interface ExpireColumns {
  readonly expireMode: ExpireMode;
  readonly expireTimerS: number;
}

export function expireOf(d: Disappearing | undefined | null): ExpireColumns {
  return d && d.seconds > 0
    ? { expireMode: d.mode, expireTimerS: d.seconds }
    : { expireMode: 'off', expireTimerS: 0 };
}

export function disappearingOf(c: ExpireColumns): Disappearing | null {
  return c.expireMode !== 'off' && c.expireTimerS > 0
    ? { mode: c.expireMode, seconds: c.expireTimerS }
    : null;
}

export function sameExpire(a: ExpireColumns, b: ExpireColumns): boolean {
  return a.expireMode === b.expireMode && a.expireTimerS === b.expireTimerS;
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
