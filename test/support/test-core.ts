/** A core as a host starts it, for tests of the API: no heartbeat, no log, Argon2id at its floor. */
import { startCore, type Core } from '../../electron/core/api/core';
import { silentLogger } from '../../electron/core/log';

export function startTestCore(dataDir: string): Promise<Core> {
  // The KDF's cost is not what these tests are about.
  return startCore({
    dataDir,
    host: 'test',
    logger: silentLogger,
    heartbeatMs: 0,
    kdfLimits: { opslimit: 1, memlimit: 8192 * 1024 },
  });
}
