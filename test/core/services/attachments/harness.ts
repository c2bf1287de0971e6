/**
 * Accounts with the attachments module over a localnet (messaging-device.ts with config sync and
 * attachments added), and the few steps every attachments test takes: hand a file over in chunks,
 * send it, wait for an attachment's state.
 */
import { randomBytes } from 'node:crypto';
import {
  attachmentsModule,
  type AttachmentsService,
} from '../../../../electron/core/services/attachments/attachments-service';
import { configSyncModule } from '../../../../electron/core/services/config-sync/config-sync-service';
import { openConversation } from '../../../../electron/core/services/messaging/conversation-actions';
import { sendMessage } from '../../../../electron/core/services/messaging/send-actions';
import type { NetworkProfile } from '../../../../electron/core/network';
import type { MessageRecord, StoredAttachment } from '../../../../electron/core/store';
import { openDevice, type Device, type DeviceOptions } from '../../../support/messaging-device';

export interface FileDevice extends Device {
  readonly attachments: AttachmentsService;
}

export async function openFileDevice(
  ln: { readonly profile: NetworkProfile } | undefined,
  opts: DeviceOptions = {},
): Promise<FileDevice> {
  const d = await openDevice(ln, { ...opts, modules: [configSyncModule, attachmentsModule] });
  return Object.assign(d, { attachments: d.modules.get(attachmentsModule) });
}

/** Hands `data` over in chunks of `chunk` bytes; returns the upload id. */
export function stage(
  d: FileDevice,
  data: Uint8Array,
  meta: { fileName?: string; contentType?: string; voice?: boolean; durationMs?: number } = {},
  chunk = 200_000,
): string {
  const id = d.attachments.begin({ size: data.length, ...meta });
  for (let at = 0; at < data.length; at += chunk) d.attachments.append(id, at, data.subarray(at, at + chunk));
  d.attachments.finish(id);
  return id;
}

export function bytes(n: number): Uint8Array {
  return new Uint8Array(randomBytes(n));
}

/** Both ways approved, so neither side sees a request (files of requests are not fetched). */
export async function befriend(a: FileDevice, b: FileDevice): Promise<void> {
  await openConversation(a.messaging.current(), b.sessionId);
  await openConversation(b.messaging.current(), a.sessionId);
}

export function sendFiles(
  from: FileDevice,
  to: Pick<FileDevice, 'sessionId'>,
  uploads: string[],
  body?: string,
): MessageRecord {
  return sendMessage(from.messaging.current(), {
    conversationId: to.sessionId,
    attachments: uploads,
    ...(body ? { body } : {}),
  });
}

export function attachmentsOf(d: FileDevice, messageId: number): StoredAttachment[] {
  return d.store.media.ofMessage(d.store.read, messageId);
}

/** Resolves once `pred` holds for the attachment rows of message `messageId`. */
export async function untilFiles(
  d: FileDevice,
  messageId: () => number | undefined,
  pred: (rows: StoredAttachment[]) => boolean,
): Promise<StoredAttachment[]> {
  const check = () => {
    const id = messageId();
    return id !== undefined && pred(attachmentsOf(d, id));
  };
  if (!check()) await d.next('messages.changed', check);
  return attachmentsOf(d, messageId()!);
}

/** The message of `from` with time `sentAt` in `d`'s store, once it arrived. */
export function arrivedId(d: FileDevice, from: Device, sentAt: number): number | undefined {
  return d.store.chat.byIdentity(d.store.read, from.sessionId, sentAt)?.id;
}

export async function plaintext(d: FileDevice, aid: string): Promise<Uint8Array> {
  const m = d.attachments.open('attachment', aid);
  const parts: Uint8Array[] = [];
  for await (const p of d.attachments.stream(m)) parts.push(p);
  return new Uint8Array(Buffer.concat(parts));
}
