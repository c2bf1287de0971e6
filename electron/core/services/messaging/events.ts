/**
 * What messaging tells the rest of the core. The api layer maps the change events onto bridge
 * events through views (`api/views/`); `messaging.incoming` is the stream of what arrived, one
 * entry per applied message (the CLI's `listen` prints it, notifications read it).
 */
import type { SessionId } from '../../crypto/ids';
import type { ConversationId } from '../../store';
import type { Expiration, MessageRef } from '../../protocol';
import type { IncomingFile } from './attachment-hooks';

export type IncomingEvent =
  | {
      readonly kind: 'message';
      /** The sender for a one-to-one message; the group (03…) for one posted in a group. */
      readonly conversation: ConversationId;
      readonly from: SessionId;
      readonly body: string;
      readonly sentAt: number;
      readonly hash: string;
      /** It landed in the requests box (the sender is not approved yet). */
      readonly request: boolean;
      readonly quote: MessageRef | null;
      /** The files it carries, by the ids `attachment save` takes. */
      readonly attachments: readonly IncomingFile[];
    }
  | {
      /** A message we sent from another of our devices (a sync copy). */
      readonly kind: 'synced';
      readonly conversation: SessionId;
      readonly body: string;
      readonly sentAt: number;
      readonly hash: string;
      readonly attachments: readonly IncomingFile[];
    }
  | {
      readonly kind: 'reaction';
      readonly conversation: ConversationId;
      readonly from: SessionId;
      readonly emoji: string;
      readonly action: 'react' | 'remove';
      readonly target: MessageRef;
      readonly sentAt: number;
      readonly hash: string;
    }
  | {
      readonly kind: 'receipt';
      readonly conversation: SessionId;
      readonly from: SessionId;
      readonly timestamps: readonly number[];
      readonly sentAt: number;
      readonly hash: string;
    }
  | {
      readonly kind: 'typing';
      readonly conversation: SessionId;
      readonly from: SessionId;
      readonly typing: boolean;
    }
  | {
      readonly kind: 'unsend';
      readonly conversation: SessionId;
      readonly from: SessionId;
      readonly target: MessageRef;
      readonly sentAt: number;
      readonly hash: string;
    }
  | {
      readonly kind: 'call' | 'request-accepted' | 'media-saved' | 'screenshot';
      readonly conversation: SessionId;
      readonly from: SessionId;
      readonly sentAt: number;
      readonly hash: string;
    }
  | {
      readonly kind: 'disappearing-changed';
      readonly conversation: SessionId;
      readonly from: SessionId;
      readonly setting: Expiration;
      readonly sentAt: number;
      readonly hash: string;
    };

export interface MessagesChanged {
  readonly conversationId: string;
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

declare module '../events' {
  interface DomainEvents {
    'messages.changed': MessagesChanged;
    'messages.expired': { readonly conversationId: string; readonly ids: readonly number[] };
    'conversations.changed': { readonly upserted: readonly string[]; readonly removed: readonly string[] };
    'typing.changed': { readonly conversationId: string; readonly typing: boolean };
    'messaging.incoming': IncomingEvent;
    /** What a committed batch dropped, by reason (counts; never content). */
    'messaging.dropped': Readonly<Record<string, number>>;
  }
}
