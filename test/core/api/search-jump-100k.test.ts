/**
 * Jump to a search hit on a seeded 100k store, through the core's door as the renderer does it:
 * global search finds a message deep in one chat's history, the page around it holds it with
 * older and newer neighbours, and in-chat search lists it among its chat's matches in chat order.
 */
import { describe, expect, it } from 'vitest';
import { convId } from '../store/helpers';
import { call, seeded } from './search-backup-helpers';

const CHATS = 100;
const PER_CHAT = 1_000;
const BATCH = 5_000;

type Page = { items: { id: string; body: string | null }[] };

describe('jump to a search hit in a 100k-message store', () => {
  it('opens the page around a message 600 deep in its chat', { timeout: 300_000 }, async () => {
    const { core } = await seeded();
    const store = core.sessions.current()!.store;
    const chats = Array.from({ length: CHATS }, (_, c) => convId(0x10_000 + c));
    store.write((tx) => {
      for (const id of chats) store.conversations.ensure(tx, { id, kind: 'direct', now: 1 });
    });
    const needle = { chat: 43, at: 400 };
    for (let b = 0; b < CHATS * PER_CHAT; b += BATCH) {
      store.write((tx) => {
        for (let n = b; n < b + BATCH; n++) {
          const chat = n % CHATS;
          const i = Math.floor(n / CHATS);
          const body =
            chat === needle.chat && i === needle.at
              ? 'the harbour pilot boards at dawn'
              : `routine note ${i} about cargo ${chat % 7 === 0 ? 'pilot' : 'tug'}`;
          store.messages.insert(tx, {
            conversationId: chats[chat]!,
            sender: chats[chat]!,
            outgoing: false,
            sentAt: 1_000_000 + i * 1_000,
            receivedAt: 1_000_000 + i * 1_000,
            body,
            state: 'read',
          });
        }
      });
    }

    const found = await call<{ messages: { messageId: string; conversationId: string }[] }>(
      core,
      'search.global',
      { query: '"harbour pilot"' },
    );
    expect(found.messages.map((m) => m.conversationId)).toEqual([chats[needle.chat]]);
    const target = found.messages[0]!.messageId;

    const page = await call<Page>(core, 'messages.page', {
      conversationId: chats[needle.chat],
      anchor: { at: 'around', messageId: target },
    });
    const at = page.items.findIndex((m) => m.id === target);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(page.items.length - 1);
    expect(page.items[at]!.body).toBe('the harbour pilot boards at dawn');
    const neighbours = [page.items[at - 1]!.body, page.items[at + 1]!.body].sort();
    expect(neighbours).toEqual([
      `routine note ${needle.at - 1} about cargo tug`,
      `routine note ${needle.at + 1} about cargo tug`,
    ]);

    // "pilot" in chat 43 is only the needle; in chat 7 (7 % 7 === 0) it is in every note.
    const inChat = await call<{ total: number; matches: { messageId: string }[] }>(core, 'search.inChat', {
      conversationId: chats[needle.chat],
      query: 'pilot',
    });
    expect(inChat).toEqual({ total: 1, matches: [expect.objectContaining({ messageId: target })] });
    const common = await call<{ total: number; matches: { messageId: string; sentAt: number }[] }>(
      core,
      'search.inChat',
      { conversationId: chats[7], query: 'pilot' },
    );
    expect(common.total).toBe(PER_CHAT);
    expect(common.matches[0]!.sentAt).toBe(1_000_000 + (PER_CHAT - 1) * 1_000);
  });
});
