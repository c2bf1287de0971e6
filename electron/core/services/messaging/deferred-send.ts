/**
 * The bytes of a message with attachments, built when its job runs — after the upload jobs it
 * waited for gave every pointer its URL (attachment-hooks.ts). Built once: the payload is kept on
 * the row (`wire`), so a later attempt, even after a crash, stores the same bytes under the same
 * hashes, as for any other message.
 */
import type { SessionId } from '../../crypto/ids';
import type { VisibleMessage } from '../../protocol';
import type { OutboxJob } from '../../store';
import { expirationOf, type Active } from './active';
import type { AttachmentHooks } from './attachment-hooks';
import { buildCopies, decodePayload, encodePayload, type SendPayload } from './wire';

/** The message's copies, or undefined when the row or an upload is missing (the job fails). */
export function buildDeferred(
  a: Active,
  hooks: AttachmentHooks | undefined,
  job: OutboxJob,
): SendPayload | undefined {
  const { store, identity } = a.session;
  if (job.messageId === null || !hooks) return undefined;
  const id = job.messageId;
  const kept = decodePayload(store.chat.wireOf(store.read, id) ?? null);
  if (kept && !kept.deferred) return kept;
  const m = store.messages.get(store.read, id);
  const pointers = hooks.pointers(store.read, id);
  if (!m || !pointers) return undefined;
  return store.write((tx) => {
    const profile = a.people.ourProfile(tx, m.sentAt);
    const message: VisibleMessage = {
      kind: 'visible',
      sentAtMs: m.sentAt,
      ...(m.body ? { body: m.body } : {}),
      attachments: pointers,
      ...(m.quote ? { quote: { author: m.quote.author, sentAtMs: m.quote.sentAt } } : {}),
      ...(profile ? { profile } : {}),
      expiration: expirationOf(m),
    };
    const payload = buildCopies(identity.keys, m.conversationId as SessionId, message);
    store.chat.setWire(tx, id, encodePayload(payload));
    return payload;
  });
}
