import type { Identity } from '../../crypto/identity';
import { ConfigError } from './config-error';
import { bytesText, textBytes, truncateUtf8 } from './fields';
import { TypedConfig, userConfigState, type ConfigLoadOptions } from './user-config';

/**
 * UserProfile (namespace 2; libsession `user_profile.cpp`, newest stored revision). Keys:
 * `n` name · `p`/`q` avatar URL and 32-byte key · `P`/`Q` re-uploaded avatar · `+` Note-to-Self
 * priority (−1 hidden) · `e` Note-to-Self disappearing timer (s) · `M` blinded message requests
 * (1/0, absent = client default) · `t` last profile change and `T` last avatar re-upload (unix
 * seconds). Session Pro keys (`s`, `f`, `E`, …) are kept as they come.
 */
export const PROFILE_NAME_MAX_BYTES = 100;
export const PROFILE_URL_MAX_BYTES = 223;

export interface ProfilePicture {
  readonly url: string;
  readonly key: Uint8Array;
}

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
    if (current && current.length > 0 && sameBytes(current, bytes)) return;
    this.fields.nonEmpty(['n'], bytes);
    this.touchUpdated();
  }

  /** The current avatar: the re-uploaded one when that is newer (`T` > `t`). */
  get profilePicture(): ProfilePicture | undefined {
    const primary = (this.fields.int(['t']) ?? 0) >= (this.fields.int(['T']) ?? 0);
    const url = this.fields.bytes([primary ? 'p' : 'P']);
    const key = this.fields.bytes([primary ? 'q' : 'Q']);
    if (!url || url.length === 0 || !key || key.length !== 32) return undefined;
    return { url: bytesText(url), key };
  }

  /** Sets the avatar (an empty URL or a key that is not 32 bytes clears it). */
  setProfilePicture(picture: ProfilePicture | undefined): void {
    const { url, key } = checkPicture(picture);
    if (sameBytes(this.fields.bytes(['p']), url) && sameBytes(this.fields.bytes(['q']), key)) return;
    const valid = url.length > 0 && key.length === 32;
    this.fields.pair(valid, ['p'], url, ['q'], key);
    if (!valid) this.setReuploadedPicture(undefined);
    this.fields.assign(['t'], BigInt(this.nowSeconds()));
  }

  /** The same avatar uploaded again (to renew it on the file server) goes into `P`/`Q`. */
  setReuploadedPicture(picture: ProfilePicture | undefined): void {
    const { url, key } = checkPicture(picture);
    if (sameBytes(this.fields.bytes(['P']), url) && sameBytes(this.fields.bytes(['Q']), key)) return;
    this.fields.pair(url.length > 0 && key.length === 32, ['P'], url, ['Q'], key);
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

function checkPicture(picture: ProfilePicture | undefined): { url: Uint8Array; key: Uint8Array } {
  const url = textBytes(picture?.url ?? '');
  const key = picture?.key ?? new Uint8Array(0);
  if (url.length > PROFILE_URL_MAX_BYTES) throw new ConfigError('input', 'The avatar URL is too long.');
  if (!(key instanceof Uint8Array)) throw new ConfigError('input', 'An avatar key is bytes.');
  return { url, key };
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  const x = a ?? new Uint8Array(0);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}
