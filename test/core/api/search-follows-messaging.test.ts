/**
 * The search index follows what the messaging service does to messages — it is kept by the
 * store's triggers on the rows messaging writes, not by a second copy of messaging's logic — so
 * a message sent is found at once, and one deleted or cleared is gone from every search.
 */
import { describe, expect, it } from 'vitest';
import { call, seeded } from './search-backup-helpers';

type Hits = { messages: { messageId: string; conversationKind: string; snippet: string }[] };
type Matches = { total: number; matches: { messageId: string }[] };

describe('search follows messaging', () => {
  it('finds a sent message at once, and forgets it when it is deleted or the chat cleared', async () => {
    const { core, self } = await seeded();
    await call(core, 'conversations.open', { to: self });
    const sent = await call<{ id: string }>(core, 'messages.send', {
      conversationId: self,
      body: 'Quokkas at sunrise',
    });
    const found = await call<Hits>(core, 'search.global', { query: 'quokka' });
    expect(found.messages.map((m) => [m.messageId, m.conversationKind])).toEqual([[sent.id, 'note-to-self']]);
    const inChat = await call<Matches>(core, 'search.inChat', { conversationId: self, query: 'sunr' });
    expect(inChat).toEqual({ total: 1, matches: [expect.objectContaining({ messageId: sent.id })] });

    await call(core, 'messages.delete', {
      conversationId: self,
      messageIds: [sent.id],
      scope: 'this-device',
    });
    expect((await call<Hits>(core, 'search.global', { query: 'quokka' })).messages).toEqual([]);

    await call(core, 'messages.send', { conversationId: self, body: 'quokka again' });
    await call(core, 'messages.send', { conversationId: self, body: 'and a quokka once more' });
    expect(
      (await call<Matches>(core, 'search.inChat', { conversationId: self, query: 'quokka' })).total,
    ).toBe(2);
    await call(core, 'conversations.clearMessages', { conversationId: self });
    expect((await call<Hits>(core, 'search.global', { query: 'quokka' })).messages).toEqual([]);
    // The other chat's history is untouched.
    expect((await call<Hits>(core, 'search.global', { query: 'xylophone' })).messages).toHaveLength(1);
  });
});
