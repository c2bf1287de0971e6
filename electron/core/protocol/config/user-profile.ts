import type { Identity } from '../../crypto/identity';
import { ConfigError } from './config-error';
import { bytesText, textBytes, truncateUtf8 } from './fields';
import { bytesEqual } from '../../crypto/bytes';
import { NAME_MAX_BYTES, pictureFrom, pictureUnchanged, writePicture, type ProfilePicture } from './common';
import { TypedConfig, type ConfigLoadOptions } from './typed-config';
import { userConfigState } from './user-config';

/**
 * UserProfile (namespace 2; libsession `user_profile.cpp`, newest stored revision). Keys:
 * `n` name · `p`/`q` avatar URL and 32-byte key · `P`/`Q` re-uploaded avatar · `+` Note-to-Self
 * priority (−1 hidden) · `e` Note-to-Self disappearing timer (s) · `M` blinded message requests
 * (1/0, absent = client default) · `t` last profile change and `T` last avatar re-upload (unix
 * seconds). Session Pro keys (`s`, `f`, `E`, …) are kept as they come.
 */
export const PROFILE_NAME_MAX_BYTES = NAME_MAX_BYTES;

export class UserProfile extends TypedConfig {
  static readonly namespace = 2;
  static readonly domain = 'UserProfile';

  constructor(identity: Identity, options: ConfigLoadOptions = {}) {
    super(userConfigState(identity, 2, UserProfile.domain, options), options.clock ?? Date.now);
  }

  get name(): string | undefined {
    const n = this.fields.bytes(['n']);
    return n && n.length > 0 ? bytesText(n) : undefined;
  }

  /** Sets (or, with '', removes) the display name; longer than 100 bytes is an error. */
  setName(name: string): void {
    const bytes = textBytes(name);
    if (bytes.length > PROFILE_NAME_MAX_BYTES)
      throw new ConfigError('input', 'The profile name is too long.');
    this.applyName(bytes);
  }

  /** As setName, cutting the name to 100 bytes on a character boundary. */
  setNameTruncated(name: string): void {
    this.applyName(truncateUtf8(name, PROFILE_NAME_MAX_BYTES));
  }

  private applyName(bytes: Uint8Array): void {
    const current = this.fields.bytes(['n']);
    if (current && current.length > 0 && bytesEqual(current, bytes)) return;
    this.fields.nonEmpty(['n'], bytes);
    this.touchUpdated();
  }

  /** The current avatar: the re-uploaded one when that is newer (`T` > `t`). */
  get profilePicture(): ProfilePicture | undefined {
    const primary = (this.fields.int(['t']) ?? 0) >= (this.fields.int(['T']) ?? 0);
    return primary ? pictureFrom(this.state.data) : pictureFrom(this.state.data, 'P', 'Q');
  }

  /** Sets the avatar (an empty URL or a key that is not 32 bytes clears it). */
  setProfilePicture(picture: ProfilePicture | undefined): void {
    if (pictureUnchanged(this.state.data, picture)) return;
    writePicture(this.fields, [], picture);
    if (!this.fields.exists(['p'])) this.setReuploadedPicture(undefined);
    this.fields.assign(['t'], BigInt(this.nowSeconds()));
  }

  /** The same avatar uploaded again (to renew it on the file server) goes into `P`/`Q`. */
  setReuploadedPicture(picture: ProfilePicture | undefined): void {
    if (pictureUnchanged(this.state.data, picture, 'P', 'Q')) return;
    writePicture(this.fields, [], picture, 'P', 'Q');
    this.fields.assign(['T'], BigInt(this.nowSeconds()));
  }

  /** Note-to-Self: 0 normal, > 0 pinned (higher first), < 0 hidden. */
  get noteToSelfPriority(): number {
    return this.fields.int(['+']) ?? 0;
  }
  setNoteToSelfPriority(priority: number): void {
    this.fields.nonZero(['+'], priority);
  }

  /** Note-to-Self disappearing timer in seconds, undefined when off. */
  get noteToSelfExpirySeconds(): number | undefined {
    const e = this.fields.int(['e']);
    return e !== undefined && e > 0 ? e : undefined;
  }
  setNoteToSelfExpirySeconds(seconds: number): void {
    this.fields.positive(['e'], seconds);
  }

  /** Whether message requests from community (blinded) IDs are fetched; undefined = default. */
  get blindedMessageRequests(): boolean | undefined {
    const m = this.fields.int(['M']);
    return m === undefined ? undefined : m !== 0;
  }
  setBlindedMessageRequests(enabled: boolean | undefined): void {
    if (this.blindedMessageRequests === enabled) return;
    if (enabled === undefined) this.fields.erase(['M']);
    else this.fields.assign(['M'], enabled ? 1n : 0n);
    this.touchUpdated();
  }

  /** Unix seconds of the latest profile change (or re-upload); 0 when never recorded. */
  get profileUpdatedSeconds(): number {
    const t = this.fields.int(['t']);
    if (t === undefined) return 0;
    const T = this.fields.int(['T']);
    return T !== undefined && T > t ? T : t;
  }

  /** A profile edit stamps `t`, or `T` when the re-upload stamp is the newer one. */
  private touchUpdated(): void {
    const key = (this.fields.int(['t']) ?? 0) >= (this.fields.int(['T']) ?? 0) ? 't' : 'T';
    this.fields.assign([key], BigInt(this.nowSeconds()));
  }
}
