import { NAME_MAX_BYTES, pictureFrom, writePicture, type ProfilePicture } from './common';
import { ConfigError } from './config-error';
import { bytesText, textBytes, toSeconds, truncateUtf8 } from './fields';
import { groupConfigState, type GroupConfigOptions } from './group-config';
import { TypedConfig } from './typed-config';

/**
 * Group Info (namespace 13; libsession `groups/info.cpp`): `n` name (≤ 100 bytes), `o`
 * description (≤ 2,000), `p`/`q` avatar, `E` disappearing timer (s, delete after send), `c`
 * created, `d` delete messages before, `D` delete attachments before (unix seconds), `!` destroyed.
 */
export const GROUP_DESCRIPTION_MAX_BYTES = 2000;

export class GroupInfo extends TypedConfig {
  static readonly namespace = 13;
  static readonly domain = 'groups::Info';

  constructor(options: GroupConfigOptions) {
    super(groupConfigState(GroupInfo.domain, options), options.clock ?? Date.now);
  }

  get name(): string | undefined {
    return this.nonEmptyText('n');
  }
  setName(name: string): void {
    this.fields.nonEmpty(['n'], limited(name, NAME_MAX_BYTES, 'group name'));
  }
  setNameTruncated(name: string): void {
    this.fields.nonEmpty(['n'], truncateUtf8(name, NAME_MAX_BYTES));
  }

  get description(): string | undefined {
    return this.nonEmptyText('o');
  }
  setDescription(text: string): void {
    this.fields.nonEmpty(['o'], limited(text, GROUP_DESCRIPTION_MAX_BYTES, 'group description'));
  }
  setDescriptionTruncated(text: string): void {
    this.fields.nonEmpty(['o'], truncateUtf8(text, GROUP_DESCRIPTION_MAX_BYTES));
  }

  get profilePicture(): ProfilePicture | undefined {
    return pictureFrom(this.state.data);
  }
  setProfilePicture(picture: ProfilePicture | undefined): void {
    writePicture(this.fields, [], picture);
  }

  /** Disappearing-messages timer in seconds (delete after send), undefined when off. */
  get expiryTimerSeconds(): number | undefined {
    return this.fields.int(['E']);
  }
  setExpiryTimerSeconds(seconds: number): void {
    this.fields.positive(['E'], seconds);
  }

  get createdSeconds(): number | undefined {
    return this.seconds('c');
  }
  setCreatedSeconds(ts: number): void {
    this.fields.positive(['c'], toSeconds(ts));
  }

  /** Members delete every group message older than this (unix seconds). */
  get deleteBeforeSeconds(): number | undefined {
    return this.seconds('d');
  }
  setDeleteBeforeSeconds(ts: number): void {
    this.fields.positive(['d'], toSeconds(ts));
  }

  /** Members delete attachments of messages older than this (unix seconds). */
  get deleteAttachmentsBeforeSeconds(): number | undefined {
    return this.seconds('D');
  }
  setDeleteAttachmentsBeforeSeconds(ts: number): void {
    this.fields.positive(['D'], toSeconds(ts));
  }

  get destroyed(): boolean {
    return (this.fields.int(['!']) ?? 0) > 0;
  }
  /** Marks the group as deleted for everyone; it cannot be undone. */
  destroy(): void {
    this.fields.flag(['!'], true);
  }

  private nonEmptyText(key: string): string | undefined {
    const v = this.fields.bytes([key]);
    return v && v.length > 0 ? bytesText(v) : undefined;
  }

  private seconds(key: string): number | undefined {
    const v = this.fields.int([key]);
    return v === undefined ? undefined : toSeconds(v);
  }
}

function limited(text: string, max: number, what: string): Uint8Array {
  const bytes = textBytes(text);
  if (bytes.length > max) throw new ConfigError('input', `The ${what} is too long.`);
  return bytes;
}
