/**
 * One conversation as a file to keep or hand over (issue 15): readable HTML — one self-contained
 * page, its images inlined as data: URLs, no script, nothing loaded from anywhere (its own CSP) —
 * or JSON for tools. Written to a temp file beside the target and renamed, oldest message first.
 */
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import type { ConversationId, MessageRecord, PageCursor, Store } from '../../store';
import { conversationTitle, personName } from '../search/names';
import { BackupError } from './backup-error';
import { asBackupError, checkTargetPath, partialPath } from './export';
import { htmlEnd, htmlMessage, htmlStart, type ExportedImage } from './conversation-html';

export type ConversationExportFormat = 'html' | 'json';

/** Reads the plaintext of an attachment on this device (the attachments module provides it). */
export interface AttachmentReader {
  read(messageId: number, position: number): Promise<Uint8Array | undefined>;
}

export interface ConversationExportRequest {
  readonly store: Store;
  readonly self: string;
  readonly conversationId: ConversationId;
  readonly format: ConversationExportFormat;
  readonly path: string;
  readonly attachments?: AttachmentReader;
  readonly now?: () => number;
}

export interface ConversationExportResult {
  readonly path: string;
  readonly bytes: number;
  readonly messages: number;
}

const PAGE = 500;
const INLINE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const MAX_INLINE_BYTES = 10_000_000;

/** Every message of the conversation, oldest first, a page at a time. */
function* chronological(store: Store, id: ConversationId): Generator<MessageRecord> {
  let after: PageCursor = { sentAt: Number.MIN_SAFE_INTEGER, id: Number.MIN_SAFE_INTEGER };
  for (;;) {
    const page = store.messages.page(store.read, id, { limit: PAGE, after }).reverse();
    yield* page;
    if (page.length < PAGE) return;
    const last = page[page.length - 1]!;
    after = { sentAt: last.sentAt, id: last.id };
  }
}

async function images(req: ConversationExportRequest, m: MessageRecord): Promise<ExportedImage[]> {
  const out: ExportedImage[] = [];
  for (const a of m.attachments) {
    const reader =
      INLINE_IMAGES.has(a.contentType) && a.size <= MAX_INLINE_BYTES ? req.attachments : undefined;
    const bytes = reader ? await reader.read(m.id, a.position) : undefined;
    out.push({
      ref: a,
      dataUrl: bytes ? `data:${a.contentType};base64,${Buffer.from(bytes).toString('base64')}` : null,
    });
  }
  return out;
}

function jsonMessage(req: ConversationExportRequest, m: MessageRecord): unknown {
  return {
    id: m.id,
    sentAt: m.sentAt,
    receivedAt: m.receivedAt,
    sender: m.sender,
    senderName: personName(req.store, req.self, m.sender),
    outgoing: m.outgoing,
    kind: m.kind,
    body: m.body,
    state: m.state,
    quote: m.quote,
    reactions: m.reactions.map((r) => ({ author: r.author, emoji: r.emoji, reactedAt: r.reactedAt })),
    attachments: m.attachments.map((a) => ({
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.size,
      width: a.width,
      height: a.height,
    })),
  };
}

async function writeAll(fh: FileHandle, text: string): Promise<void> {
  await fh.write(text);
}

async function writeExport(req: ConversationExportRequest, fh: FileHandle): Promise<number> {
  const conversation = req.store.conversations.get(req.store.read, req.conversationId)!;
  const title = conversationTitle(req.store, req.self, req.conversationId);
  const exportedAt = (req.now ?? Date.now)();
  let count = 0;
  if (req.format === 'json') {
    const head = {
      format: 'shallot-conversation',
      version: 1,
      exportedAt,
      conversation: { id: conversation.id, kind: conversation.kind, name: title },
    };
    await writeAll(fh, `${JSON.stringify(head).slice(0, -1)},"messages":[\n`);
    for (const m of chronological(req.store, req.conversationId)) {
      await writeAll(fh, `${count > 0 ? ',\n' : ''}${JSON.stringify(jsonMessage(req, m))}`);
      count++;
    }
    await writeAll(fh, '\n]}\n');
    return count;
  }
  await writeAll(fh, htmlStart(title, conversation.id, exportedAt));
  for (const m of chronological(req.store, req.conversationId)) {
    const sender = personName(req.store, req.self, m.sender);
    const quoteAuthor = m.quote ? personName(req.store, req.self, m.quote.author) : '';
    await writeAll(fh, htmlMessage(m, sender, quoteAuthor, await images(req, m)));
    count++;
  }
  await writeAll(fh, htmlEnd(count));
  return count;
}

export async function exportConversation(req: ConversationExportRequest): Promise<ConversationExportResult> {
  if (!req.store.conversations.get(req.store.read, req.conversationId)) {
    throw new BackupError('conversation-not-found', 'There is no such conversation to export.');
  }
  await checkTargetPath(req.path);
  const temp = partialPath(req.path);
  try {
    const fh = await open(temp, 'wx', 0o600);
    let messages: number;
    try {
      messages = await writeExport(req, fh);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(temp, req.path);
    return { path: req.path, bytes: (await stat(req.path)).size, messages };
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw asBackupError(e);
  }
}
