/**
 * Which file server a transfer talks to. Uploads go to the user's chosen server (a URL and its
 * Ed25519 key), the network profile's by default; downloads go to the server each pointer names
 * (protocol reference §8.5): its URL's own origin, with the key from `p=` converted to X25519 when
 * present, else the default server's key — desktop 1.17.17's rule. Both travel as onion requests.
 */
import { tryFromHex, toHex } from '../../crypto/bytes';
import { ed25519PublicToX25519 } from '../../crypto/ed25519';
import type { FileServerTarget } from '../../network';
import type { FileLocation } from '../../protocol';
import { defineSetting, isOneOf, type Store } from '../../store';
import { AttachmentsError } from './attachments-error';

export interface FileServerSetting {
  readonly url: string;
  /** 64 hex digits. */
  readonly publicKey: string;
}

export const AUTO_DOWNLOAD = ['always', 'on-click'] as const;
export type AutoDownload = (typeof AUTO_DOWNLOAD)[number];

export interface AttachmentSettings {
  /** Images and voice notes below the threshold in accepted chats: fetched on arrival, or on click. */
  readonly autoDownload: AutoDownload;
  /** Where uploads go; null is the network profile's file server. */
  readonly fileServer: FileServerSetting | null;
}

/** Images and voice notes up to this size download by themselves (when the setting says always). */
export const AUTO_DOWNLOAD_MAX_BYTES = 5_000_000;

const isServerSetting = (v: unknown): v is FileServerSetting | null =>
  v === null ||
  (typeof v === 'object' &&
    typeof (v as FileServerSetting).url === 'string' &&
    typeof (v as FileServerSetting).publicKey === 'string');

export const AUTO_DOWNLOAD_SETTING = defineSetting<AutoDownload>(
  'attachments.autoDownload',
  'always',
  isOneOf(AUTO_DOWNLOAD),
);
export const FILE_SERVER_SETTING = defineSetting<FileServerSetting | null>(
  'attachments.fileServer',
  null,
  isServerSetting,
);

export function readSettings(store: Store): AttachmentSettings {
  return {
    autoDownload: store.settings.get(store.read, AUTO_DOWNLOAD_SETTING),
    fileServer: store.settings.get(store.read, FILE_SERVER_SETTING),
  };
}

/** A server from a URL and an Ed25519 key (hex), or AttachmentsError('file-server-invalid'). */
export function serverTarget(url: string, ed25519Hex: string): FileServerTarget {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const key = /^[0-9a-fA-F]{64}$/.test(ed25519Hex) ? tryFromHex(ed25519Hex.toLowerCase()) : undefined;
  const x25519 = key ? ed25519PublicToX25519(key) : undefined;
  const plainOrigin =
    parsed &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    !parsed.username &&
    !parsed.password &&
    (parsed.pathname === '/' || parsed.pathname === '') &&
    !parsed.search &&
    !parsed.hash;
  if (!parsed || !plainOrigin || !key || !x25519) {
    throw new AttachmentsError(
      'file-server-invalid',
      'A file server is an http(s) address without a path and a 64-digit hex Ed25519 key.',
    );
  }
  return { url: parsed.origin, ed25519: toHex(key), x25519: toHex(x25519) };
}

/** The server uploads go to: the setting's, else the profile's. */
export function uploadServer(
  setting: FileServerSetting | null,
  profileServer: FileServerTarget,
): FileServerTarget {
  return setting ? serverTarget(setting.url, setting.publicKey) : profileServer;
}

/** The server a pointer names (desktop: no `p=` means the default server's key). */
export function downloadServer(location: FileLocation, profileServer: FileServerTarget): FileServerTarget {
  if (location.serverEd25519PublicKey) return serverTarget(location.origin, location.serverEd25519PublicKey);
  return { url: location.origin, ed25519: profileServer.ed25519, x25519: profileServer.x25519 };
}
