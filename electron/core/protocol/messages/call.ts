import { SessionProtos } from '../content-codec';
import { dropped, type DroppedContent, type EnvelopeFacts } from './envelope-facts';
import { readExpiration, type Expiration } from './expiration';

/**
 * WebRTC call signalling (Content.callMessage). Shallot does not take calls: the service shows an
 * incoming OFFER as a missed call and ignores the rest. Never sent.
 */
export type CallType =
  'pre-offer' | 'offer' | 'answer' | 'provisional-answer' | 'ice-candidates' | 'end-call';

export interface IncomingCall extends EnvelopeFacts {
  readonly kind: 'call';
  readonly callType: CallType;
  readonly uuid: string;
  readonly expiration: Expiration;
}

const Type = SessionProtos.CallMessage.Type;
const CALL_TYPES: ReadonlyMap<number, CallType> = new Map([
  [Type.PRE_OFFER, 'pre-offer'],
  [Type.OFFER, 'offer'],
  [Type.ANSWER, 'answer'],
  [Type.PROVISIONAL_ANSWER, 'provisional-answer'],
  [Type.ICE_CANDIDATES, 'ice-candidates'],
  [Type.END_CALL, 'end-call'],
]);

/** From our own devices only ANSWER and END_CALL pass (they close a ringing dialog; `callMessage.ts`). */
export function readCall(
  call: SessionProtos.ICallMessage,
  content: SessionProtos.Content,
  facts: EnvelopeFacts,
): IncomingCall | DroppedContent {
  const callType = CALL_TYPES.get(call.type ?? -1);
  // Unknown types never get here: the enum is closed, and the field required (see 'malformed').
  if (!callType) return dropped(facts, 'malformed');
  if (facts.fromSelf && callType !== 'answer' && callType !== 'end-call')
    return dropped(facts, 'call-from-self');
  return { ...facts, kind: 'call', callType, uuid: call.uuid ?? '', expiration: readExpiration(content) };
}
