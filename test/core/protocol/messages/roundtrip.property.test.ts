import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyContent,
  encodeMessage,
  parseFileUrl,
  type AttachmentPointer,
  type EnvelopeFacts,
  type Expiration,
  type IncomingContent,
  type OutgoingMessage,
} from '../../../../electron/core/protocol/messages';
import { outgoing } from './arbitraries';
import { ALICE, GROUP, SELF } from './fixtures';

/**
 * classifyContent(encodeMessage(x)) gives back x, with the envelope facts a receiver would have:
 * every field we send survives the wire and the receiving checks unchanged.
 */

const IN_GROUP = new Set([
  'info-change',
  'member-change',
  'member-left',
  'member-left-notification',
  'delete-member-content',
  'invite-response',
]);

function factsFor(m: OutgoingMessage): EnvelopeFacts {
  const base = { sentAtMs: m.sentAtMs, sender: ALICE, fromSelf: false };
  if (m.kind === 'unsend') return { ...base, sender: m.target.author };
  if ('syncTarget' in m && m.syncTarget) return { ...base, sender: SELF, fromSelf: true };
  if (m.kind === 'group-update' && IN_GROUP.has(m.update.type)) return { ...base, group: GROUP };
  return base;
}

const received = (a: AttachmentPointer) => ({ ...a, location: parseFileUrl(a.url) });

/** Groups and Note to Self only know delete-after-send (desktop's receive rule). */
function receivedExpiration(e: Expiration, sendOnly: boolean): Expiration {
  return sendOnly && e.mode === 'after-read' ? { ...e, mode: 'after-send' } : e;
}

function expected(m: OutgoingMessage, facts: EnvelopeFacts): IncomingContent {
  const { sentAtMs: _sent, ...fields } = m;
  const conversation = facts.group
    ? { kind: 'group' as const, id: facts.group }
    : { kind: 'direct' as const, id: ('syncTarget' in m && m.syncTarget) || facts.sender };
  const sendOnly = conversation.kind === 'group' || (facts.fromSelf && conversation.id === facts.sender);
  if ('expiration' in fields && fields.expiration) {
    Object.assign(fields, { expiration: receivedExpiration(fields.expiration, sendOnly) });
  }
  switch (m.kind) {
    case 'visible':
      return {
        ...facts,
        ...fields,
        kind: 'visible',
        conversation,
        body: m.body ?? '',
        bodyTruncated: false,
        attachments: (m.attachments ?? []).map(received),
        rejectedAttachments: [],
        previews: [],
        expiration: receivedExpiration(m.expiration!, sendOnly),
        blocksCommunityMessageRequests: m.blocksCommunityMessageRequests!,
      } as IncomingContent;
    case 'reaction':
    case 'expiration-timer-update':
    case 'group-update':
      return { ...facts, ...fields, conversation } as IncomingContent;
    default:
      return { ...facts, ...fields } as IncomingContent;
  }
}

describe('classifyContent(encodeMessage(x))', () => {
  it('returns x for every outgoing kind', () => {
    fc.assert(
      fc.property(outgoing, (m) => {
        const facts = factsFor(m);
        expect(classifyContent(encodeMessage(m), facts)).toEqual(expected(m, facts));
      }),
      { numRuns: 1_500 },
    );
  });
});
