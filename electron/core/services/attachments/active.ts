/**
 * What the attachments module holds while an account is open, handed to its parts.
 */
import type { FileServerTarget } from '../../network';
import type { AccountSession } from '../session/account-session';
import type { Downloads } from './downloads';
import type { EncryptedFiles } from './encrypted-files';
import type { AttachmentSettings } from './file-servers';
import type { Staging } from './staging';
import type { Transfers } from './transfers';

export interface AttachmentsActive {
  readonly session: AccountSession;
  readonly files: EncryptedFiles;
  readonly staging: Staging;
  readonly transfers: Transfers;
  readonly downloads: Downloads;
  settings(): AttachmentSettings;
  /** The network profile's file server once the network is open (the default for everything). */
  profileServer(): Promise<FileServerTarget>;
}
