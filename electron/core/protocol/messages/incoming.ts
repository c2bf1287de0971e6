import type { IncomingCall } from './call';
import type { IncomingDataExtraction } from './data-extraction';
import type { IncomingDataMessage } from './data-message';
import type { DroppedContent } from './envelope-facts';
import type { IncomingReadReceipt } from './receipt';
import type { IncomingMessageRequestResponse } from './request-response';
import type { IncomingTyping } from './typing';
import type { IncomingUnsend } from './unsend';

/** What one incoming Content is, once classified; `kind` tells which. */
export type IncomingContent =
  | IncomingDataMessage
  | IncomingReadReceipt
  | IncomingTyping
  | IncomingDataExtraction
  | IncomingUnsend
  | IncomingCall
  | IncomingMessageRequestResponse
  | DroppedContent;

export type IncomingKind = IncomingContent['kind'];
