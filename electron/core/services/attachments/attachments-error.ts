import { ShallotError } from '../../errors';

/**
 * What the attachments module refuses with: the bridge's `attachments` codes (bridge/errors/
 * attachments.ts, kept equal by a type check in api/handlers/attachments.ts), the messages domain's
 * `attachment-not-found`, and `no-account` — so the dispatcher passes them through unchanged.
 */
export type AttachmentsErrorCode =
  | 'attachment-too-large'
  | 'attachment-offset'
  | 'attachment-incomplete'
  | 'attachment-busy'
  | 'attachment-not-downloaded'
  | 'attachment-expired'
  | 'attachment-invalid'
  | 'attachment-dimensions'
  | 'attachment-io'
  | 'attachment-download-failed'
  | 'file-server-invalid'
  | 'avatar-invalid'
  | 'save-unsupported'
  | 'attachment-not-found'
  | 'no-account';

export class AttachmentsError extends ShallotError<AttachmentsErrorCode> {}
