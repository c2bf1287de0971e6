/**
 * `search`, `backup create` and `backup restore` (issue 15), through the bridge contract like the
 * other commands. Backups run as jobs in the core: a command starts one and waits for its
 * `backup.finished` event. Passphrases and the phrase come from standard input only.
 */
import { isAbsolute, resolve } from 'node:path';
import type { Core } from '../core/api/core';
import { SNIPPET_END, SNIPPET_START } from '../core/store';
import { call, CliError } from './commands';

type Out = (value: unknown) => void;

const PAGE = 50;

/** The snippet as plain text: the bridge marks each match with SNIPPET_START … SNIPPET_END. */
function plain(snippet: string): string {
  return snippet.replaceAll(SNIPPET_START, '').replaceAll(SNIPPET_END, '');
}

/** One JSON line per message matching `text`, newest first: {conversation, messageId, sentAt, snippet}. */
export async function search(
  core: Core,
  text: string,
  withId: string | undefined,
  limit: number,
  out: Out,
): Promise<void> {
  const conversationId = withId?.toLowerCase();
  if (conversationId !== undefined) await call(core, 'conversations.get', { conversationId });
  let before: string | undefined;
  for (let printed = 0; printed < limit;) {
    const page = await call(core, 'search.global', {
      query: text,
      limit: Math.min(PAGE, limit - printed),
      ...(before !== undefined ? { before } : {}),
      ...(conversationId !== undefined ? { conversationId } : {}),
    });
    for (const m of page.messages) {
      out({
        conversation: m.conversationId,
        messageId: m.messageId,
        sentAt: m.sentAt,
        snippet: plain(m.snippet),
      });
    }
    printed += page.messages.length;
    before = page.messages[page.messages.length - 1]?.messageId;
    if (!page.more || before === undefined) return;
  }
}

type Finished =
  | { jobId: string; ok: true; file?: string; bytes?: number; createdAt?: number }
  | { jobId: string; ok: false; error: { code: string; message: string } };

/**
 * Starts a job with `start` and resolves with its outcome. Listening begins before the start, so
 * an outcome that comes first is not missed; the process is kept alive meanwhile (the core's timers
 * are unref'd).
 */
async function job(core: Core, start: () => Promise<{ jobId: string }>): Promise<Finished> {
  const outcomes = new Map<string, Finished>();
  let wanted: string | undefined;
  let settle: ((f: Finished) => void) | undefined;
  const off = core.subscribe((event, payload) => {
    if (event !== 'backup.finished') return;
    const f = payload as Finished;
    if (f.jobId === wanted) settle?.(f);
    else outcomes.set(f.jobId, f);
  });
  const keep = setInterval(() => undefined, 60_000);
  try {
    const { jobId } = await start();
    wanted = jobId;
    const early = outcomes.get(jobId);
    const f = early ?? (await new Promise<Finished>((r) => (settle = r)));
    if (!f.ok) throw new CliError(f.error.code, f.error.message);
    return f;
  } finally {
    clearInterval(keep);
    off();
  }
}

/** A line of standard input without its line ending (a passphrase may hold spaces). */
function lines(stdin: string): string[] {
  return stdin.split(/\r?\n/u);
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(path);
}

/** `backup create --out FILE`, the passphrase on stdin → {"file","bytes","createdAt"}. */
export async function backupCreate(core: Core, file: string, stdin: string, out: Out): Promise<void> {
  const passphrase = lines(stdin)[0] ?? '';
  const f = await job(core, () => call(core, 'backup.create', { path: absolute(file), passphrase }));
  if (f.ok) out({ file: f.file ?? absolute(file), bytes: f.bytes ?? 0, createdAt: f.createdAt ?? null });
}

/**
 * `backup restore --in FILE` into an empty data folder: the recovery phrase on the first line of
 * stdin, the passphrase on the second → {"sessionId"}.
 */
export async function backupRestore(core: Core, file: string, stdin: string, out: Out): Promise<void> {
  const [phrase = '', passphrase = ''] = lines(stdin);
  await job(core, () =>
    call(core, 'backup.restore', { file: absolute(file), phrase: phrase.trim(), passphrase }),
  );
  const state = await call(core, 'account.state', {});
  out({ sessionId: state.sessionId });
}
