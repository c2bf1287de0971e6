import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ShallotError } from '../errors';

/**
 * Which Session network to talk to. Mainnet is built in; any other network (the localnet, a testnet)
 * comes from a JSON profile file.
 */
export interface SeedNode {
  /** Base URL ending in '/', e.g. `https://seed1.getsession.org:4443/`. */
  readonly url: string;
  /** SHA-256 fingerprint of the seed's certificate, `AB:CD:…` (colons optional). */
  readonly certSha256?: string;
  /** Base64 SHA-256 of the certificate's SubjectPublicKeyInfo. */
  readonly spkiSha256?: string;
}

export interface FileServerTarget {
  readonly url: string;
  readonly ed25519: string;
  readonly x25519: string;
}

export interface NetworkProfile {
  readonly name: string;
  readonly seeds: readonly SeedNode[];
  readonly fileServer: FileServerTarget;
  /** Keep one node per /24 in a path (true on mainnet; a loopback network may turn it off). */
  readonly subnetDiversity: boolean;
}

export type ProfileErrorCode = 'read' | 'json' | 'schema';
export class ProfileError extends ShallotError<ProfileErrorCode> {}

/** Protocol reference §5.1 (seeds and pins) and §6.5 (file server). */
export const MAINNET: NetworkProfile = Object.freeze({
  name: 'mainnet',
  seeds: [
    {
      url: 'https://seed1.getsession.org:4443/',
      certSha256:
        '36:EA:0B:25:35:37:98:85:51:EE:85:6E:4F:D2:0D:55:01:1E:9C:8B:27:EA:A2:F3:4B:8F:32:A0:BD:F0:4F:2D',
      spkiSha256: 'mlYTXvkmIEYcpswANTpnBwlz9Cswi0py/RQKkbdQOZQ=',
    },
    {
      url: 'https://seed2.getsession.org:4443/',
      certSha256:
        'C5:90:8D:D4:13:9A:CD:96:AE:DD:1E:45:57:65:97:65:08:09:C8:A5:EA:02:AF:55:6D:48:53:D4:53:96:E0:E7',
      spkiSha256: 'ZuUxe4wopBR83Yy5fePPNX0c00BnkQCu/49oapFpB0k=',
    },
    {
      url: 'https://seed3.getsession.org:4443/',
      certSha256:
        '8A:0A:F2:C7:12:34:2F:22:CE:00:E5:3C:16:01:41:0E:F8:D8:41:56:AE:E0:A9:80:9C:32:F6:F7:EF:BE:55:6E',
      spkiSha256: '4xe+8k1NjxerVTjUsWlZJNKt3PA7Y31pUls2tHYippA=',
    },
  ],
  fileServer: {
    url: 'http://filev2.getsession.org',
    ed25519: 'b8eef9821445ae16e2e97ef8aa6fe782fd11ad5253cd6723b281341dba22e371',
    x25519: '09324794aa9c11948189762d198c618148e9136ac9582068180661208927ef34',
  },
  subnetDiversity: true,
});

const hexKey = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters')
  .transform((s) => s.toLowerCase());
const fingerprint = z
  .string()
  .regex(/^([0-9a-fA-F]{2}:?){31}[0-9a-fA-F]{2}$/, 'must be a SHA-256 fingerprint (32 hex bytes)');
const httpUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

const seedSchema = z
  .object({
    url: httpUrl,
    certSha256: fingerprint.optional(),
    spkiSha256: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be base64 SHA-256')
      .optional(),
  })
  // An https seed without a pin would trust whoever answers: refuse it rather than run unpinned.
  .refine((s) => !s.url.startsWith('https:') || s.certSha256 !== undefined || s.spkiSha256 !== undefined, {
    message: 'an https seed needs certSha256 or spkiSha256',
  })
  .transform((s) => ({ ...s, url: s.url.endsWith('/') ? s.url : `${s.url}/` }));

const profileSchema = z.object({
  name: z.string().min(1).max(100),
  seeds: z.array(seedSchema).min(1).max(50),
  fileServer: z.object({ url: httpUrl, ed25519: hexKey, x25519: hexKey }),
  subnetDiversity: z.boolean().default(true),
});

/** Validates a profile object (e.g. from a localnet handle); throws ProfileError('schema'). */
export function parseProfile(value: unknown): NetworkProfile {
  const r = profileSchema.safeParse(value);
  if (!r.success) {
    const detail = r.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ProfileError('schema', `The network profile is invalid: ${detail}.`);
  }
  return r.data;
}

export function loadProfileFile(path: string): NetworkProfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ProfileError('read', `The network profile file ${path} cannot be read.`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ProfileError('json', `The network profile file ${path} is not valid JSON.`, { cause });
  }
  return parseProfile(json);
}

/**
 * Picks the network from a CLI flag, then `SHALLOT_NETWORK`, then a setting: 'mainnet' (or nothing)
 * is the built-in network, anything else is a profile file path.
 */
export function resolveProfile(
  flagOrEnv?: string | NetworkProfile,
  env: NodeJS.ProcessEnv = process.env,
): NetworkProfile {
  if (typeof flagOrEnv === 'object') return parseProfile(flagOrEnv);
  const choice = flagOrEnv?.trim() || env['SHALLOT_NETWORK']?.trim() || 'mainnet';
  return choice === 'mainnet' ? MAINNET : loadProfileFile(choice);
}
