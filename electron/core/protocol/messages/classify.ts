import { decodeContent, hasSigTimestamp, type Content } from '../content-codec';
import { DecodeError } from '../decode-error';
import { readCall } from './call';
import { readDataExtraction } from './data-extraction';
import { readDataMessage } from './data-message';
import { dropped, type EnvelopeFacts } from './envelope-facts';
import type { IncomingContent } from './incoming';
import { readReceipt } from './receipt';
import { readRequestResponse } from './request-response';
import { readTyping } from './typing';
import { readUnsend } from './unsend';

function isSetAside(content: Content, facts: EnvelopeFacts): IncomingContent | undefined {
  // Desktop's shouldProcessContentMessage: a zero on either side is a legacy client, let through.
  const signedAt = hasSigTimestamp(content) ? content.sigTimestamp : 0;
  if (facts.sentAtMs && signedAt && signedAt !== facts.sentAtMs) {
    return dropped(facts, 'signature-timestamp-mismatch');
  }
  return undefined;
}

/** protobufjs discards unknown fields, so the removed ConfigurationMessage (7) reads as unsupported. */
function nothingHandled(content: Content, facts: EnvelopeFacts): IncomingContent {
  if (content.sharedConfigMessage != null) return dropped(facts, 'config-message');
  if (content.proMessage != null) return dropped(facts, 'pro-only');
  return dropped(facts, 'unsupported-content');
}

/** Kinds that exist only between two people; a group's swarm carries data messages only. */
function oneToOne(content: Content, facts: EnvelopeFacts): IncomingContent {
  if (facts.group) return dropped(facts, 'not-in-group');
  // Desktop's innerHandleSwarmContentMessage: the first present field wins, in this order.
  if (content.receiptMessage != null) return readReceipt(content.receiptMessage, facts);
  if (content.typingMessage != null) return readTyping(content.typingMessage, facts);
  if (content.dataExtractionNotification != null) {
    return readDataExtraction(content.dataExtractionNotification, content, facts);
  }
  if (content.unsendRequest != null) return readUnsend(content.unsendRequest, facts);
  if (content.callMessage != null) return readCall(content.callMessage, content, facts);
  return readRequestResponse(content.messageRequestResponse!, facts);
}

const ONE_TO_ONE_FIELDS = [
  'receiptMessage',
  'typingMessage',
  'dataExtractionNotification',
  'unsendRequest',
  'callMessage',
  'messageRequestResponse',
] as const;

/**
 * What unpadded Content bytes are, by desktop 1.17.17's receiving rules (protocol reference §3.2
 * step 6, §3.5). Never throws: bytes that are not a Content, and contents desktop would not
 * process, come back as `{kind: 'dropped', reason}`.
 */
export function classifyContent(bytes: Uint8Array, facts: EnvelopeFacts): IncomingContent {
  let content: Content;
  try {
    content = decodeContent(bytes);
  } catch (e) {
    if (e instanceof DecodeError) return dropped(facts, 'malformed');
    throw e;
  }
  const aside = isSetAside(content, facts);
  if (aside) return aside;
  if (content.dataMessage != null) return readDataMessage(content.dataMessage, content, facts);
  if (ONE_TO_ONE_FIELDS.some((field) => content[field] != null)) return oneToOne(content, facts);
  return nothingHandled(content, facts);
}
