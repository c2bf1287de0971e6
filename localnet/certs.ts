import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

/** A self-signed TLS identity, like the ones real service nodes and seeds present. */
export interface TlsIdentity {
  key: string;
  cert: string;
  /** `new X509Certificate(cert).fingerprint256`: colon-separated upper-case hex. */
  certSha256: string;
}

/**
 * EC P-256 keys: generating a dozen takes tens of milliseconds, where RSA would take seconds and
 * dominate startup. Clients do not verify these certificates (they pin seeds by fingerprint only).
 */
export async function generateTlsIdentity(ip: string): Promise<TlsIdentity> {
  const pems = await generate([{ name: 'commonName', value: ip }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 10 * 365 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert, certSha256: new X509Certificate(pems.cert).fingerprint256 };
}
