/**
 * The bot-friendly commands over a started core: each prints JSON on stdout (one object, or JSON
 * lines for `listen`) and fails with a typed CliError, which main.ts prints as {"code","message"}.
 * Everything goes through the bridge contract's methods; `send` and `listen` also read the
 * messaging module in this process for what the bridge keeps inside the core (the storage hash,
 * the stream of what arrived).
 */
import type { MethodName, Params, Result } from '../bridge/contract';
import type { Core } from '../core/api/core';
import { ShallotError } from '../core/errors';
import type { GroupIncomingEvent } from '../core/services/groups/events';
import { groupsModule } from '../core/services/groups/groups-service';
import { messagingModule } from '../core/services/messaging/messaging-service';
import { stageFile } from './files';
import type { ContactAction } from './command';

const GROUP_ID = /^03[0-9a-f]{64}$/;

export class CliError extends ShallotError {}

type Out = (value: unknown) => void;

/**
 * Keeps this process alive while `p` is pending: the core's timers (outbox retries, polls) are
 * unref'd so they never hold an app open, but a command waiting on them must.
 */
export async function alive<T>(p: Promise<T>): Promise<T> {
  const keep = setInterval(() => undefined, 60_000);
  try {
    return await p;
  } finally {
    clearInterval(keep);
  }
}

export async function call<M extends MethodName>(
  core: Core,
  method: M,
  params: Params<M>,
): Promise<Result<M>> {
  const r = await core.dispatch(method, params);
  if (!r.ok) throw new CliError(r.error.code, r.error.message);
  return r.value as Result<M>;
}

/**
 * Pushes the config changes a command made before the process ends (`sync.now`: one poll round,
 * then every pending push). Offline there is nowhere to push to. `strict`: a failure fails the
 * command (its whole point was the change); otherwise it is reported on stderr and the change
 * goes out with a later command.
 */
export async function pushChanges(core: Core, strict: boolean): Promise<void> {
  const r = await alive(core.dispatch('sync.now', {}));
  if (r.ok || r.error.code === 'sync-offline' || r.error.code === 'no-account') return;
  if (strict) throw new CliError(r.error.code, r.error.message);
  process.stderr.write(`config changes not pushed yet (${r.error.code}); a later command pushes them\n`);
}

export async function create(core: Core, name: string, out: Out): Promise<void> {
  const { sessionId } = await call(core, 'onboarding.generate', {});
  await call(core, 'onboarding.complete', { mode: 'create', sessionId, displayName: name });
  await pushChanges(core, false);
  out({ sessionId });
}

/** Without a name the network's is taken; a name given is used only when the network has none. */
export async function restore(core: Core, name: string | undefined, phrase: string, out: Out): Promise<void> {
  const state = await alive(
    call(core, 'onboarding.complete', {
      mode: 'restore',
      phrase: phrase.trim(),
      ...(name ? { displayName: name } : {}),
    }),
  );
  await pushChanges(core, false);
  out({ sessionId: state.sessionId });
}

/** Resolves once message `id` is sent or failed (the outbox retries until one of them). */
function settled(core: Core, id: string): Promise<{ state: string; failure?: string }> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const { store } = core.modules.get(messagingModule).current().session;
      const m = store.messages.get(store.read, Number(id));
      if (!m || (m.state !== 'sent' && m.state !== 'failed' && m.state !== 'read')) return false;
      off();
      resolve(
        m.state === 'failed' ? { state: m.state, failure: m.failureReason ?? 'failed' } : { state: m.state },
      );
      return true;
    };
    const off = core.subscribe((event) => {
      if (event === 'messages.changed') check();
    });
    check();
  });
}

/** A group (03…) is posted to as it is; anything else is opened first (an ONS name resolved). */
async function conversationFor(core: Core, to: string): Promise<string> {
  if (GROUP_ID.test(to.toLowerCase())) return to.toLowerCase();
  return (await call(core, 'conversations.open', { to })).conversation.id;
}

/** Sends `text` (a caption when files go with it) and the files at `paths`, once all are uploaded. */
export async function send(
  core: Core,
  to: string,
  text: string,
  paths: readonly string[],
  out: Out,
): Promise<void> {
  const conversationId = await conversationFor(core, to);
  const files = [];
  for (const path of paths) files.push(await stageFile(core, path));
  const sent = await call(core, 'messages.send', {
    conversationId,
    ...(text !== '' ? { body: text } : {}),
    ...(files.length > 0 ? { attachments: files.map((f) => f.id) } : {}),
  });
  const done = await alive(settled(core, sent.id));
  if (done.failure) throw new CliError(done.failure, 'The message could not be sent.');
  const a = core.modules.get(messagingModule).current();
  const row = a.session.store.messages.get(a.session.store.read, Number(sent.id));
  out({
    id: sent.id,
    hash: row?.serverHash ?? row?.syncHash ?? null,
    sentAt: sent.sentAt,
    state: done.state,
    ...(files.length > 0 ? { attachments: files } : {}),
  });
}

/** Prints every incoming message as one JSON line, for `seconds` or until the process ends. */
export async function listen(core: Core, seconds: number | undefined, out: Out): Promise<void> {
  const messaging = core.modules.get(messagingModule);
  const groups = core.modules.get(groupsModule);
  messaging.current();
  // A bot wants answers quickly; desktop's own cadence is 5 s (groups: 5 s to 1 min).
  messaging.pollIntervalMs = 1_000;
  groups.pollIntervalMs = 1_000;
  const offs = [messaging.onIncoming((e) => out(e)), groups.onIncoming((e) => out(groupEventLine(e)))];
  messaging.pollNow();
  groups.pollNow();
  await alive(
    new Promise<void>((resolve) => {
      if (seconds !== undefined) setTimeout(resolve, seconds * 1000);
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }),
  );
  offs.forEach((off) => off());
}

/** `{"kind":"invite","groupId","from","name",…}`; removals and deletions as `kicked` / `destroyed`. */
function groupEventLine(e: GroupIncomingEvent): Record<string, unknown> {
  if (e.kind !== 'invite') return { kind: e.kind, groupId: e.groupId, conversation: e.groupId };
  return {
    kind: 'invite',
    groupId: e.groupId,
    from: e.from,
    name: e.name,
    request: e.request,
    admin: e.admin,
  };
}

export async function conversations(core: Core, out: Out): Promise<void> {
  const list = await call(core, 'conversations.list', { limit: 200 });
  const requests = await call(core, 'requests.list', { limit: 200 });
  out({
    conversations: list.items,
    requests: requests.items,
    unreadTotal: list.unreadTotal,
    requestCount: list.requestCount,
  });
}

export async function messages(core: Core, who: string, limit: number, out: Out): Promise<void> {
  // Reading opens nothing: an ONS name is resolved, a Session ID used as it is.
  const id = /^0[35][0-9a-f]{64}$/i.test(who)
    ? who.toLowerCase()
    : (await call(core, 'conversations.open', { to: who })).conversation.id;
  const page = await call(core, 'messages.page', { conversationId: id, anchor: { at: 'newest' }, limit });
  out({
    conversation: id,
    messages: [...page.items].reverse().map((m) => ({
      id: m.id,
      from: m.sender.id,
      outgoing: m.outgoing,
      kind: m.kind,
      body: m.body,
      sentAt: m.sentAt,
      status: m.status,
      reactions: m.reactions.map((r) => ({ emoji: r.emoji, count: r.count })),
    })),
  });
}

export async function requests(
  core: Core,
  action: 'list' | 'accept' | 'decline' | 'block',
  id: string | undefined,
  out: Out,
): Promise<void> {
  if (action === 'list' || id === undefined) {
    const r = await call(core, 'requests.list', { limit: 200 });
    out({ requests: r.items, count: r.count });
    return;
  }
  const lower = id.toLowerCase();
  if (action === 'accept') await call(core, 'requests.accept', { conversationId: lower });
  else if (action === 'decline') await call(core, 'requests.decline', { conversationId: lower });
  else await call(core, 'requests.block', { conversationId: lower });
  out({ conversation: lower, action });
}

export async function profile(core: Core, name: string | undefined, out: Out): Promise<void> {
  if (name !== undefined) {
    await call(core, 'profile.setDisplayName', { displayName: name });
    await pushChanges(core, true);
  }
  out(await call(core, 'profile.get', {}));
}

export async function contacts(
  core: Core,
  action: ContactAction,
  id: string | undefined,
  nickname: string | undefined,
  out: Out,
): Promise<void> {
  if (action === 'list' || id === undefined) {
    const list = await call(core, 'contacts.list', {});
    out(
      list.map((c) => ({
        sessionId: c.sessionId,
        name: c.name,
        nickname: c.nickname,
        approved: c.approved,
        approvedMe: c.approvedMe,
        blocked: c.blocked,
        pinned: c.pinned,
        hidden: c.hidden,
      })),
    );
    return;
  }
  const sessionId = id.toLowerCase();
  const changed =
    action === 'nickname'
      ? await call(core, 'contacts.setNickname', { sessionId, nickname: nickname || null })
      : await call(core, 'contacts.setBlocked', { sessionId, blocked: action === 'block' });
  await pushChanges(core, true);
  out(changed);
}

export async function sync(core: Core, out: Out): Promise<void> {
  out(await alive(call(core, 'sync.now', {})));
}
