import { SessionProtos, type Content, type ContentInit } from '../content-codec';
import { MessageEncodeError } from './message-error';

/**
 * Disappearing-message setting carried by a Content (protocol reference §11.3, fields 12/13).
 * Desktop reads any other type, or a zero timer, as "off".
 */
export type Expiration =
  { readonly mode: 'off' } | { readonly mode: 'after-send' | 'after-read'; readonly seconds: number };

export const EXPIRATION_OFF: Expiration = { mode: 'off' };

/** The timers desktop 1.17.17 offers (`ts/session/disappearing_messages/timerOptions.ts`). */
export const DISAPPEARING_TIMER_SECONDS = [
  5, 10, 30, 60, 300, 1_800, 3_600, 21_600, 43_200, 86_400, 604_800, 1_209_600,
] as const;

const ExpirationType = SessionProtos.Content.ExpirationType;
const MAX_UINT32 = 0xffff_ffff;

/**
 * The two fields as desktop's ExpirableMessage writes them: always both, UNKNOWN/0 when off
 * (`ts/session/messages/outgoing/ExpirableMessage.ts`).
 */
export function expirationFields(expiration: Expiration = EXPIRATION_OFF): ContentInit {
  if (expiration.mode === 'off') return { expirationType: ExpirationType.UNKNOWN, expirationTimer: 0 };
  const { seconds } = expiration;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_UINT32) {
    throw new MessageEncodeError('expiration', 'A disappearing timer is a positive number of seconds.');
  }
  const expirationType =
    expiration.mode === 'after-send' ? ExpirationType.DELETE_AFTER_SEND : ExpirationType.DELETE_AFTER_READ;
  return { expirationType, expirationTimer: seconds };
}

export function readExpiration(content: Content): Expiration {
  const seconds = Object.hasOwn(content, 'expirationTimer') ? content.expirationTimer : 0;
  if (seconds <= 0) return EXPIRATION_OFF;
  switch (content.expirationType) {
    case ExpirationType.DELETE_AFTER_SEND:
      return { mode: 'after-send', seconds };
    case ExpirationType.DELETE_AFTER_READ:
      return { mode: 'after-read', seconds };
    default:
      return EXPIRATION_OFF;
  }
}

/**
 * Desktop resolves the mode against the conversation (`changeToDisappearingConversationMode`,
 * `ts/session/disappearing_messages/index.ts`): a group or Note to Self only knows
 * delete-after-send, whatever the sender wrote.
 */
export function readConversationExpiration(content: Content, sendOnly: boolean): Expiration {
  const expiration = readExpiration(content);
  return sendOnly && expiration.mode === 'after-read' ? { ...expiration, mode: 'after-send' } : expiration;
}
