import type { GroupId, SessionId } from '../../crypto/ids';
import type { DropReason } from './drop-reasons';

/**
 * What the layer that opened the envelope knows about it, and classifyContent needs: desktop's
 * rules compare Content fields with the envelope's time and sender (protocol reference §3.2).
 */
export interface EnvelopeFacts {
  /** Envelope.timestamp, ms: with the sender, the identity of the message. */
  readonly sentAtMs: number;
  /** The verified author (for a group message, the member who wrote it). */
  readonly sender: SessionId;
  /** The author is our own account (another of our devices, or a message we sent to a group). */
  readonly fromSelf: boolean;
  /** Set for messages read from a group's swarm (namespace 11): the group they were posted in. */
  readonly group?: GroupId;
}

/** The conversation a data message belongs to, as desktop resolves it (syncTarget, group, sender). */
export type ConversationRef =
  { readonly kind: 'direct'; readonly id: SessionId } | { readonly kind: 'group'; readonly id: GroupId };

/** A Content classifyContent set aside, and why; nothing about it should be stored or shown. */
export interface DroppedContent extends EnvelopeFacts {
  readonly kind: 'dropped';
  readonly reason: DropReason;
}

export function dropped(facts: EnvelopeFacts, reason: DropReason): DroppedContent {
  return { ...facts, kind: 'dropped', reason };
}
