import { parseGroupId, parseSessionId } from '../../../../electron/core/crypto/ids';
import { SessionProtos } from '../../../../electron/core/protocol/content-codec';
import type { EnvelopeFacts, AttachmentPointer } from '../../../../electron/core/protocol/messages';

/** Shared ids, times and builders for the message-kind tests. */

export const SELF = parseSessionId(`05${'11'.repeat(32)}`);
export const ALICE = parseSessionId(`05${'aa'.repeat(32)}`);
export const BOB = parseSessionId(`05${'bb'.repeat(32)}`);
export const GROUP = parseGroupId(`03${'cc'.repeat(32)}`);
/** The §3.1 vector's T. */
export const T = 1_700_000_000_000;

export const fromAlice: EnvelopeFacts = { sentAtMs: T, sender: ALICE, fromSelf: false };
export const fromSelf: EnvelopeFacts = { sentAtMs: T, sender: SELF, fromSelf: true };
export const inGroup: EnvelopeFacts = { sentAtMs: T, sender: ALICE, fromSelf: false, group: GROUP };

export const fill = (length: number, byte: number): Uint8Array => new Uint8Array(length).fill(byte);

export const legacyPointer: AttachmentPointer = {
  url: 'http://filev2.getsession.org/file/12345',
  key: fill(64, 1),
  digest: fill(32, 2),
  size: 1000,
  contentType: 'image/png',
  fileName: 'cat.png',
  width: 640,
  height: 480,
  voice: false,
};

export const deterministicPointer: AttachmentPointer = {
  url: `http://files.example.org:8080/file/AbC-_xyz#d`,
  key: fill(32, 3),
  size: 4096,
  contentType: 'audio/ogg; codecs=opus',
  voice: true,
};

/** Content bytes built directly with the generated code, for inputs our encoder never makes. */
export function rawContent(init: SessionProtos.IContent): Uint8Array {
  return SessionProtos.Content.encode({ sigTimestamp: T, ...init }).finish();
}

export function rawData(dm: SessionProtos.IDataMessage, extra: SessionProtos.IContent = {}): Uint8Array {
  return rawContent({ dataMessage: dm, ...extra });
}

export const adminSig = fill(64, 5);

/** A well-formed GroupUpdateInviteMessage, for tests that vary one of its fields. */
export const inviteProto: SessionProtos.IGroupUpdateInviteMessage = {
  groupSessionId: GROUP,
  name: 'G',
  memberAuthData: fill(100, 1),
  adminSignature: adminSig,
};
