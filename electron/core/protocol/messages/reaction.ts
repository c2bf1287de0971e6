import type { SessionId } from '../../crypto/ids';
import { SessionProtos } from '../content-codec';
import type { ConversationRef, EnvelopeFacts } from './envelope-facts';
import type { Expiration } from './expiration';
import { checkMessageRef, readMessageRef, type MessageRef } from './message-ref';
import { MessageEncodeError } from './message-error';
import { profileFields, readProfile, type Profile } from './profile';
import { codePointCount } from './text-bounds';

/**
 * An emoji reaction, sent as its own visible message with a fresh timestamp (protocol reference
 * §3.5 "Reaction"; desktop `ts/util/reactions.ts`). Its expiration is the reacted message's.
 */
export interface ReactionMessage {
  readonly kind: 'reaction';
  readonly sentAtMs: number;
  readonly target: MessageRef;
  readonly emoji: string;
  readonly action: 'react' | 'remove';
  readonly profile?: Profile;
  readonly expiration?: Expiration;
  readonly syncTarget?: SessionId;
}

export interface IncomingReaction extends EnvelopeFacts {
  readonly kind: 'reaction';
  readonly conversation: ConversationRef;
  readonly target: MessageRef;
  readonly emoji: string;
  readonly action: 'react' | 'remove';
  readonly profile?: Profile;
  readonly expiration: Expiration;
  readonly syncTarget?: SessionId;
}

/** Shallot: the longest emoji sequence in Unicode's RGI set has 10 code points. */
export const MAX_EMOJI_CODE_POINTS = 32;

const Action = SessionProtos.DataMessage.Reaction.Action;

function validEmoji(emoji: string): boolean {
  return emoji !== '' && codePointCount(emoji) <= MAX_EMOJI_CODE_POINTS;
}

export function reactionDataMessage(m: ReactionMessage): SessionProtos.IDataMessage {
  checkMessageRef(m.target, 'reacted message');
  if (typeof m.emoji !== 'string' || !validEmoji(m.emoji)) {
    throw new MessageEncodeError('emoji', 'A reaction is one emoji.');
  }
  return {
    ...profileFields(m.profile),
    reaction: {
      id: m.target.sentAtMs,
      author: m.target.author,
      emoji: m.emoji,
      action: m.action === 'react' ? Action.REACT : Action.REMOVE,
    },
  };
}

type ReactionContext = Pick<
  IncomingReaction,
  'conversation' | 'expiration' | 'syncTarget' | keyof EnvelopeFacts
>;

/** Undefined for a reaction desktop would ignore (no emoji) or that names no message. */
export function readReaction(
  dm: SessionProtos.IDataMessage,
  reaction: SessionProtos.DataMessage.IReaction,
  context: ReactionContext,
): IncomingReaction | undefined {
  const target = readMessageRef(reaction.author, reaction.id);
  const emoji = reaction.emoji ?? '';
  if (!target || !validEmoji(emoji)) return undefined;
  const profile = readProfile(dm.profile, dm.profileKey);
  return {
    ...context,
    kind: 'reaction',
    target,
    emoji,
    // Desktop's switch treats every action other than REACT as a removal.
    action: reaction.action === Action.REACT ? 'react' : 'remove',
    ...(profile ? { profile } : {}),
  };
}
