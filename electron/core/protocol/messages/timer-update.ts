import type { SessionId } from '../../crypto/ids';
import { SessionProtos } from '../content-codec';
import type { ConversationRef, EnvelopeFacts } from './envelope-facts';
import type { Expiration } from './expiration';

/**
 * "Disappearing messages changed" (DataMessage.flags EXPIRATION_TIMER_UPDATE, protocol reference
 * §11.3): the new setting travels in the Content's expiration fields. No profile, no body.
 */
export interface ExpirationTimerUpdateMessage {
  readonly kind: 'expiration-timer-update';
  readonly sentAtMs: number;
  readonly expiration: Expiration;
  readonly syncTarget?: SessionId;
}

export interface IncomingExpirationTimerUpdate extends EnvelopeFacts {
  readonly kind: 'expiration-timer-update';
  readonly conversation: ConversationRef;
  readonly expiration: Expiration;
  readonly syncTarget?: SessionId;
}

export const EXPIRATION_TIMER_UPDATE_FLAG = SessionProtos.DataMessage.Flags.EXPIRATION_TIMER_UPDATE;

export function timerUpdateDataMessage(): SessionProtos.IDataMessage {
  return { flags: EXPIRATION_TIMER_UPDATE_FLAG };
}
