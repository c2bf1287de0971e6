/**
 * While the account is locked the core answers only what the lock screen needs: app facts, the
 * account's state (no secrets in it) and unlock. Everything else is refused with `locked` before
 * any handler runs, so no handler has to remember to check.
 */
import type { MethodName } from '../../bridge/contract';
import { fail, TRANSPORT_ERRORS } from '../../bridge/result';
import type { Gate } from './dispatcher';

// An explicit list: a method added later stays closed while locked until someone decides otherwise.
const OPEN_WHILE_LOCKED: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'app.ping',
  'account.state',
  'account.unlock',
]);

export function lockGate(isLocked: () => boolean): Gate {
  return (method) => {
    if (!isLocked() || OPEN_WHILE_LOCKED.has(method)) return undefined;
    return fail(TRANSPORT_ERRORS.locked, 'Shallot is locked. Unlock it first.');
  };
}
