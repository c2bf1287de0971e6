import type { SessionProtos } from '../content-codec';
import { MessageEncodeError } from './message-error';
import { MAX_NAME_BYTES, truncateUtf8, utf8Length, withoutControlCharacters } from './text-bounds';
import { isSafeTime, ownBytes } from './wire-values';

/**
 * The sender's profile carried in visible messages and request responses (protocol reference §3.5
 * "Profile in messages"): name, avatar URL + its 32-byte key (only ever together), and the time of
 * the sender's last explicit profile change, which receivers compare before applying it.
 */
export interface Profile {
  readonly displayName?: string;
  readonly picture?: ProfilePicture;
  /** Unix seconds of the sender's last explicit profile change (UserProfile config `t`). */
  readonly updatedAtSeconds: number;
}

export interface ProfilePicture {
  /** File-server URL of the encrypted avatar (never the desktop-local `e=` key fragment). */
  readonly url: string;
  /** The avatar's 32-byte AES key (DataMessage.profileKey). */
  readonly key: Uint8Array;
}

export const PROFILE_KEY_BYTES = 32;

/**
 * Desktop v1.17.17 reads lastProfileUpdateSeconds through its `Timestamp` class
 * (`ts/types/timestamp/timestamp.ts`): below 4e9 it is seconds, below 4e12 milliseconds, beyond
 * that invalid. It refuses to send a "seconds" value of 4e9 or more.
 */
const MAX_PROFILE_SECONDS = 4_000_000_000;
const MAX_PROFILE_MS = MAX_PROFILE_SECONDS * 1000;

/** The update time in seconds as desktop understands it, or undefined when desktop rejects it. */
function profileSeconds(value: unknown): number | undefined {
  if (!isSafeTime(value, 0)) return value === undefined || value === null ? 0 : undefined;
  if (value < MAX_PROFILE_SECONDS) return value;
  return value < MAX_PROFILE_MS ? Math.floor(value / 1000) : undefined;
}

type ProfileFields = { profile?: SessionProtos.ILokiProfile; profileKey?: Uint8Array };

/**
 * DataMessage/MessageRequestResponse fields for a profile, as desktop's OutgoingUserProfile
 * builds them: nothing for a profile with neither name nor picture; the name only when set; the
 * timestamp always; URL and key only together.
 */
export function profileFields(profile: Profile | undefined): ProfileFields {
  if (!profile || (!profile.displayName && !profile.picture)) return {};
  if (!isSafeTime(profile.updatedAtSeconds, 0) || profile.updatedAtSeconds >= MAX_PROFILE_SECONDS) {
    throw new MessageEncodeError('timestamp', 'A profile update time is a non-negative number of seconds.');
  }
  const out: SessionProtos.ILokiProfile = { lastProfileUpdateSeconds: profile.updatedAtSeconds };
  if (profile.displayName) {
    if (utf8Length(profile.displayName) > MAX_NAME_BYTES) {
      throw new MessageEncodeError('name', 'A display name has at most 100 bytes.');
    }
    out.displayName = profile.displayName;
  }
  if (!profile.picture) return { profile: out };
  const { url, key } = profile.picture;
  if (!isHttpUrl(url) || !(key instanceof Uint8Array) || key.length !== PROFILE_KEY_BYTES) {
    throw new MessageEncodeError('profile-picture', 'A profile picture is an http(s) URL and a 32-byte key.');
  }
  out.profilePicture = url;
  return { profile: out, profileKey: key };
}

/**
 * The profile of an incoming message, or undefined when none was sent or its update time is one
 * desktop rejects (a milliseconds value is taken as seconds/1000, as desktop does). A picture whose URL does
 * not parse or whose key is not 32 bytes is left out (the name still counts); names lose control
 * characters and are cut to libsession's 100 bytes.
 */
export function readProfile(
  profile: SessionProtos.ILokiProfile | null | undefined,
  profileKey: Uint8Array | null | undefined,
): Profile | undefined {
  if (!profile) return undefined;
  const seconds = profileSeconds(profile.lastProfileUpdateSeconds);
  if (seconds === undefined) return undefined;
  const name = truncateUtf8(withoutControlCharacters(profile.displayName ?? ''), MAX_NAME_BYTES);
  const url = profile.profilePicture ?? '';
  const picture =
    isHttpUrl(url) && profileKey?.length === PROFILE_KEY_BYTES
      ? { url, key: ownBytes(profileKey) }
      : undefined;
  return {
    ...(name ? { displayName: name } : {}),
    ...(picture ? { picture } : {}),
    updatedAtSeconds: seconds,
  };
}

export function isHttpUrl(url: string): boolean {
  if (typeof url !== 'string' || !URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}
