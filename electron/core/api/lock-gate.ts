/**
 * While the account is locked the core answers only what the lock screen needs: the methods whose
 * contract spec says `whileLocked` (app facts, the account's state, unlock). Everything else is
 * refused with `locked` before any handler runs, so no handler has to remember to check. The
 * default is closed: a method added later stays shut while locked until its spec says otherwise.
 */
import { methodSpec } from '../../bridge/contract';
import { fail } from '../../bridge/result';
import type { Gate } from './dispatcher';

export function lockGate(isLocked: () => boolean): Gate {
  return (method) => {
    if (!isLocked() || methodSpec(method).whileLocked === true) return undefined;
    return fail('locked', 'Shallot is locked. Unlock it first.');
  };
}
