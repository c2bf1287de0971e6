import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { LocalnetError } from './errors';

/**
 * The network profile a client loads to join a network: where the seeds are (pinned by certificate
 * fingerprint) and which file server to use. `localnet` writes one for itself.
 */
const HEX32 = /^[0-9a-f]{64}$/;
const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

export const networkProfileSchema = z.object({
  name: z.string().min(1),
  seeds: z
    .array(
      z.object({
        url: z.string().regex(/^https:\/\/[^/]+\/$/, 'a seed URL is https://HOST:PORT/'),
        certSha256: z.string().regex(FINGERPRINT, 'certSha256 is 32 colon-separated upper-case hex bytes'),
      }),
    )
    .min(1),
  fileServer: z.object({
    url: z
      .string()
      .regex(/^https?:\/\/[^/]+$/, 'the file server URL is http(s)://HOST[:PORT] without a path'),
    ed25519: z.string().regex(HEX32),
    x25519: z.string().regex(HEX32),
  }),
  subnetDiversity: z.boolean(),
});

export type NetworkProfile = z.infer<typeof networkProfileSchema>;

export function parseNetworkProfile(value: unknown): NetworkProfile {
  const r = networkProfileSchema.safeParse(value);
  if (!r.success) {
    throw new LocalnetError(
      'profile',
      `The network profile is invalid: ${r.error.issues.map((i) => i.message).join('; ')}`,
    );
  }
  return r.data;
}

export async function writeNetworkProfile(path: string, profile: NetworkProfile): Promise<void> {
  await writeFile(path, `${JSON.stringify(parseNetworkProfile(profile), null, 2)}\n`, 'utf8');
}
