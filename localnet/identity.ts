import { readFile, writeFile } from 'node:fs/promises';
import { toHex, tryFromHex } from '../electron/core/crypto/bytes';
import { randomBytes } from '../electron/core/crypto/random';

/**
 * Key seeds of a network's nodes and file server, kept in DIR so that restarting `localnet` on the
 * same directory brings back the same nodes (and so the same swarms and stored messages).
 */
interface IdentityFile {
  version: 1;
  swarmSize: number;
  nodes: string[];
  fileServer: string;
}

export interface Identities {
  nodes: Uint8Array[];
  fileServer: Uint8Array;
}

function parse(text: string, nodes: number, swarmSize: number): Identities | undefined {
  try {
    const f = JSON.parse(text) as Partial<IdentityFile>;
    if (f.version !== 1 || f.swarmSize !== swarmSize || !Array.isArray(f.nodes) || f.nodes.length !== nodes)
      return undefined;
    const seeds = f.nodes.map((h) => (typeof h === 'string' && h.length === 64 ? tryFromHex(h) : undefined));
    const fs =
      typeof f.fileServer === 'string' && f.fileServer.length === 64 ? tryFromHex(f.fileServer) : undefined;
    if (!fs || seeds.some((s) => !s)) return undefined;
    return { nodes: seeds as Uint8Array[], fileServer: fs };
  } catch {
    return undefined;
  }
}

/** Reuses the identities in `path` when they fit this shape of network, else makes and saves new ones. */
export async function loadOrCreateIdentities(
  path: string,
  nodes: number,
  swarmSize: number,
): Promise<Identities> {
  const existing = await readFile(path, 'utf8').then(
    (t) => parse(t, nodes, swarmSize),
    () => undefined,
  );
  if (existing) return existing;
  const ids: Identities = {
    nodes: Array.from({ length: nodes }, () => randomBytes(32)),
    fileServer: randomBytes(32),
  };
  const file: IdentityFile = {
    version: 1,
    swarmSize,
    nodes: ids.nodes.map(toHex),
    fileServer: toHex(ids.fileServer),
  };
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
  return ids;
}
