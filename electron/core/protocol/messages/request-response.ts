import type { SessionProtos } from '../content-codec';
import { dropped, type DroppedContent, type EnvelopeFacts } from './envelope-facts';
import { profileFields, readProfile, type Profile } from './profile';

/**
 * Accepting a message request (protocol reference §3.5 "Message requests"): always
 * isApproved = true, with our profile; never disappearing.
 */
export interface MessageRequestResponseMessage {
  readonly kind: 'message-request-response';
  readonly sentAtMs: number;
  readonly profile?: Profile;
}

export interface IncomingMessageRequestResponse extends EnvelopeFacts {
  readonly kind: 'message-request-response';
  readonly profile?: Profile;
}

export function requestResponseContent(m: MessageRequestResponseMessage): SessionProtos.IContent {
  return { messageRequestResponse: { isApproved: true, ...profileFields(m.profile) } };
}

export function readRequestResponse(
  response: SessionProtos.IMessageRequestResponse,
  facts: EnvelopeFacts,
): IncomingMessageRequestResponse | DroppedContent {
  if (!response.isApproved) return dropped(facts, 'request-not-approved');
  const profile = readProfile(response.profile, response.profileKey);
  return { ...facts, kind: 'message-request-response', ...(profile ? { profile } : {}) };
}
