import { SessionProtos } from '../content-codec';
import { dropped, type DroppedContent, type EnvelopeFacts } from './envelope-facts';
import { readExpiration, type Expiration } from './expiration';
import { MessageEncodeError } from './message-error';
import { isSafeTime } from './wire-values';

/**
 * "X saved a file from this chat" (protocol reference §3.5 "Data extraction notifications").
 * Desktop only ever sends MEDIA_SAVED; receivers show it at the envelope time and ignore the
 * inner timestamp. Disappears like the conversation (delete-after-send turned into after-read).
 */
export interface DataExtractionMessage {
  readonly kind: 'data-extraction';
  readonly sentAtMs: number;
  readonly type: 'media-saved' | 'screenshot';
  /** Sent time of the message whose attachment was saved. */
  readonly referencedSentAtMs: number;
  readonly expiration?: Expiration;
}

export interface IncomingDataExtraction extends EnvelopeFacts {
  readonly kind: 'data-extraction';
  readonly type: 'media-saved' | 'screenshot';
  readonly referencedSentAtMs?: number;
  readonly expiration: Expiration;
}

const Type = SessionProtos.DataExtractionNotification.Type;

export function dataExtractionContent(m: DataExtractionMessage): SessionProtos.IContent {
  if (!isSafeTime(m.referencedSentAtMs)) {
    throw new MessageEncodeError('timestamp', 'The saved message is named by its sent time.');
  }
  return {
    dataExtractionNotification: {
      type: m.type === 'media-saved' ? Type.MEDIA_SAVED : Type.SCREENSHOT,
      timestamp: m.referencedSentAtMs,
    },
  };
}

export function readDataExtraction(
  notice: SessionProtos.IDataExtractionNotification,
  content: SessionProtos.Content,
  facts: EnvelopeFacts,
): IncomingDataExtraction | DroppedContent {
  const type =
    notice.type === Type.MEDIA_SAVED
      ? 'media-saved'
      : notice.type === Type.SCREENSHOT
        ? 'screenshot'
        : undefined;
  // Unknown types never get here: the enum is closed, and the field required (see 'malformed').
  if (!type) return dropped(facts, 'malformed');
  const referenced = notice.timestamp;
  return {
    ...facts,
    kind: 'data-extraction',
    type,
    ...(isSafeTime(referenced) ? { referencedSentAtMs: referenced } : {}),
    expiration: readExpiration(content),
  };
}
