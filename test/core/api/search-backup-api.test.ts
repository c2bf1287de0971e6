/**
 * Search and backups through the core's door, as the renderer and the CLI use them: real cores on
 * temp folders (offline), messages seeded with the store's repositories, backups written to disk
 * and restored into fresh data folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupModule } from '../../../electron/core/services/backup/backup-service';
import { SNIPPET_END, SNIPPET_START } from '../../../electron/core/store';
import { convId } from '../store/helpers';
import { call, codeOf, finished, folder, PASS, seeded, start } from './search-backup-helpers';

describe('search through the bridge', () => {
  it('finds people by name, nickname and Session ID, and messages with highlighted snippets', async () => {
    const { core } = await seeded();
    const byNick = await call<{ people: { displayName: string; matchedOn: string }[] }>(
      core,
      'search.global',
      {
        query: 'bobby',
      },
    );
    expect(byNick.people.map((p) => [p.displayName, p.matchedOn])).toEqual([['Bobby Tables', 'nickname']]);
    const byName = await call<{ people: { displayName: string; hasConversation: boolean }[] }>(
      core,
      'search.global',
      { query: 'zoe' },
    );
    expect(byName.people).toEqual([
      expect.objectContaining({ displayName: 'Zoë Catherine', hasConversation: false }),
    ]);
    const byId = await call<{ people: { matchedOn: string }[] }>(core, 'search.global', { query: '0b0b' });
    expect(byId.people.map((p) => p.matchedOn)).toEqual(['session-id']);
    const note = await call<{ people: { kind: string }[] }>(core, 'search.global', { query: 'note to' });
    expect(note.people.map((p) => p.kind)).toEqual(['note-to-self']);

    const msgs = await call<{
      messages: { snippet: string; conversationName: string; senderName: string; outgoing: boolean }[];
      more: boolean;
    }>(core, 'search.global', { query: 'xylo' });
    expect(msgs.messages).toEqual([
      expect.objectContaining({
        conversationName: 'Bobby Tables',
        // Message 7 is one of ours.
        senderName: 'Ann',
        outgoing: true,
        snippet: `the secret word is ${SNIPPET_START}xylophone${SNIPPET_END}`,
      }),
    ]);
    const page = await call<{ messages: { messageId: string }[]; more: boolean }>(core, 'search.global', {
      query: '咖啡',
      limit: 20,
    });
    expect(page.more).toBe(true);
    const rest = await call<{ messages: unknown[]; people: unknown[] }>(core, 'search.global', {
      query: '咖啡',
      before: page.messages[19]!.messageId,
    });
    expect(rest.messages.length).toBe(9);
    expect(rest.people).toEqual([]);
  });

  it('counts the matches in one chat and lists them in chat order', async () => {
    const { core } = await seeded();
    const r = await call<{ total: number; matches: { sentAt: number }[] }>(core, 'search.inChat', {
      conversationId: convId(0xb0b),
      query: '咖',
    });
    expect(r.total).toBe(29);
    expect(r.matches[0]!.sentAt).toBe(1_029);
    expect(r.matches.map((m) => m.sentAt)).toEqual([...r.matches.map((m) => m.sentAt)].sort((a, b) => b - a));
    expect(await codeOf(core, 'search.inChat', { conversationId: convId(0xdead), query: 'x' })).toBe(
      'conversation-not-found',
    );
  });

  it('answers no-account before there is one', async () => {
    const core = await start();
    expect(await codeOf(core, 'search.global', { query: 'x' })).toBe('no-account');
  });
});

describe('backups through the bridge', () => {
  it('exports, then restores the history into a fresh data folder', async () => {
    const { core, self, phrase } = await seeded();
    const out = folder('shallot-backups-');
    const file = join(out, 'ann.shallotbackup');
    const progress: string[] = [];
    const off = core.subscribe((e, p) => {
      if (e === 'backup.progress') progress.push((p as { phase: string }).phase);
    });
    const done = finished(core);
    const { jobId } = await call<{ jobId: string }>(core, 'backup.create', { path: file, passphrase: PASS });
    expect(await done).toEqual(expect.objectContaining({ jobId, kind: 'export', ok: true, file }));
    off();
    expect(new Set(progress)).toEqual(new Set(['export', 'verify']));
    expect(readdirSync(out)).toEqual(['ann.shallotbackup']);

    const target = folder();
    const fresh = await start(target);
    const restored = finished(fresh, 'restore');
    await call(fresh, 'backup.restore', { file, phrase, passphrase: PASS });
    expect((await restored).ok).toBe(true);
    const state = await call<{ state: string; sessionId: string; displayName: string }>(
      fresh,
      'account.state',
    );
    expect(state).toEqual(expect.objectContaining({ state: 'ready', sessionId: self, displayName: 'Ann' }));
    const hits = await call<{ messages: unknown[] }>(fresh, 'search.global', { query: 'xylophone' });
    expect(hits.messages.length).toBe(1);
    expect(existsSync(join(target, 'onboarding.pending'))).toBe(false);
  });

  it('a wrong passphrase or another account leaves the fresh folder without an account', async () => {
    const { core, phrase } = await seeded();
    const file = join(folder('shallot-backups-'), 'b.shallotbackup');
    const done = finished(core);
    await call(core, 'backup.create', { path: file, passphrase: PASS });
    expect((await done).ok).toBe(true);

    const target = folder();
    const fresh = await start(target);
    const wrong = finished(fresh, 'restore');
    await call(fresh, 'backup.restore', { file, phrase, passphrase: 'not the right one' });
    const refused = await wrong;
    expect([refused.ok, refused.error?.code]).toEqual([false, 'backup-wrong-passphrase']);
    const other = finished(fresh, 'restore');
    const { phrase: otherPhrase } = await call<{ phrase: string }>(fresh, 'onboarding.generate');
    await call(fresh, 'backup.restore', { file, phrase: otherPhrase, passphrase: PASS });
    expect((await other).error?.code).toBe('backup-other-account');
    expect((await call<{ state: string }>(fresh, 'account.state')).state).toBe('no-account');
    expect(readdirSync(target).filter((f) => f !== 'shallot.log')).toEqual([]);
    expect(await codeOf(fresh, 'backup.restore', { file, phrase: 'not a phrase', passphrase: PASS })).toMatch(
      /^phrase-/,
    );
    expect(await codeOf(core, 'backup.restore', { file, phrase, passphrase: PASS })).toBe('account-exists');
  });

  it('cancels a running backup and leaves no file behind', async () => {
    const { core } = await seeded();
    const out = folder('shallot-backups-');
    const done = finished(core);
    const { jobId } = await call<{ jobId: string }>(core, 'backup.create', {
      path: join(out, 'c.shallotbackup'),
      passphrase: PASS,
    });
    await call(core, 'backup.cancel', { jobId });
    expect((await done).error?.code).toBe('backup-cancelled');
    expect(readdirSync(out)).toEqual([]);
    expect(await codeOf(core, 'backup.cancel', { jobId })).toBe('backup-not-found');
    expect(await codeOf(core, 'backup.create', { path: 'relative.bak', passphrase: PASS })).toBe(
      'backup-path-invalid',
    );
    expect(await codeOf(core, 'backup.create', { path: join(out, 'x'), passphrase: 'short' })).toBe(
      'backup-weak-passphrase',
    );
  });

  it('runs automatic backups into a folder and keeps the newest', async () => {
    const { core, self } = await seeded();
    const out = folder('shallot-auto-');
    const first = finished(core, 'scheduled');
    const view = await call<{ folder: string; keep: number }>(core, 'backup.setSchedule', {
      folder: out,
      intervalHours: 24,
      keep: 1,
      passphrase: PASS,
    });
    expect(view).toEqual(expect.objectContaining({ folder: out, keep: 1 }));
    expect((await first).ok).toBe(true);
    const name = new RegExp(`^shallot-backup-${self.slice(2, 10)}-\\d{8}T\\d{6}Z\\.shallotbackup$`);
    expect(readdirSync(out)).toEqual([expect.stringMatching(name)]);
    const status = await call<{ schedule: { lastFile: string; lastError: null } }>(core, 'backup.status');
    expect(status.schedule.lastFile).toBe(join(out, readdirSync(out)[0]!));
    await call(core, 'backup.clearSchedule');
    expect((await call<{ schedule: null }>(core, 'backup.status')).schedule).toBeNull();
  });

  it('exports one conversation as JSON and as HTML with its images inlined', async () => {
    const { core } = await seeded();
    const out = folder('shallot-export-');
    const store = core.sessions.current()!.store;
    store.write((tx) => {
      const id = store.messages.insert(tx, {
        conversationId: convId(0xb0b),
        sender: convId(0xb0b),
        outgoing: false,
        sentAt: 5_000,
        receivedAt: 5_000,
        body: '<script>alert(1)</script> & a picture',
        state: 'read',
      })!;
      store.messages.putAttachment(tx, id, {
        position: 0,
        contentType: 'image/png',
        size: 4,
        fileName: 'dot.png',
        url: null,
        key: null,
        digest: null,
        localPath: null,
        width: 1,
        height: 1,
      });
    });
    core.modules.get(backupModule).attachmentReader = {
      read: () => Promise.resolve(new Uint8Array([1, 2, 3, 4])),
    };
    const json = await call<{ messages: number }>(core, 'backup.exportConversation', {
      conversationId: convId(0xb0b),
      format: 'json',
      path: join(out, 'bob.json'),
    });
    expect(json.messages).toBe(31);
    const parsed = JSON.parse(readFileSync(join(out, 'bob.json'), 'utf8')) as {
      messages: { body: string }[];
    };
    expect(parsed.messages[7]!.body).toBe('the secret word is xylophone');
    await call(core, 'backup.exportConversation', {
      conversationId: convId(0xb0b),
      format: 'html',
      path: join(out, 'bob.html'),
    });
    const html = readFileSync(join(out, 'bob.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; a picture');
    expect(html).not.toContain('<script>');
    expect(html).toContain('src="data:image/png;base64,AQIDBA=="');
    expect(html).toContain("default-src 'none'");
    expect(readdirSync(out).sort()).toEqual(['bob.html', 'bob.json']);
  });
});
