import { NetworkError } from './errors';

/** A service node as used everywhere in the client (protocol reference §5.1). Keys are lower-case hex. */
export interface Snode {
  readonly ip: string;
  readonly port: number;
  readonly ed25519: string;
  readonly x25519: string;
}

const KEY_RE = /^[0-9a-f]{64}$/;
const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Mainnet has ~2,000 nodes; anything far beyond is hostile and must not make us allocate. */
export const MAX_NODE_LIST = 20_000;

export function snodeKey(n: Snode): string {
  return n.ed25519;
}

export function snodeLabel(n: Snode): string {
  return `${n.ip}:${n.port}`;
}

/** The /24 a node lives in ("first three octets"), used for path diversity. */
export function subnet24(ip: string): string {
  const i = ip.lastIndexOf('.');
  return i < 0 ? ip : ip.slice(0, i);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function port(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{1,5}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}

/** Builds a Snode from loosely typed fields; undefined when anything is missing or unusable. */
export function makeSnode(ip: unknown, p: unknown, ed: unknown, x: unknown): Snode | undefined {
  const ipS = str(ip);
  const portN = port(p);
  const edS = str(ed)?.toLowerCase();
  const xS = str(x)?.toLowerCase();
  if (!ipS || ipS === '0.0.0.0' || !IPV4_RE.test(ipS) || portN === undefined) return undefined;
  if (!edS || !KEY_RE.test(edS) || !xS || !KEY_RE.test(xS)) return undefined;
  return { ip: ipS, port: portN, ed25519: edS, x25519: xS };
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function checkedList(v: unknown, what: string): unknown[] {
  if (!Array.isArray(v)) throw new NetworkError('bad-response', `The ${what} reply has no node list.`);
  if (v.length > MAX_NODE_LIST)
    throw new NetworkError('bad-response', `The ${what} reply lists too many nodes.`);
  return v;
}

function dedupe(nodes: Snode[]): Snode[] {
  const seen = new Map<string, Snode>();
  for (const n of nodes) if (!seen.has(n.ed25519)) seen.set(n.ed25519, n);
  return [...seen.values()];
}

/**
 * `{result:{service_node_states:[…]}}` from a seed's get_n_service_nodes or a node's
 * oxend_request get_service_nodes. Unusable entries (0.0.0.0, bad keys) are skipped, as desktop does.
 */
export function parseServiceNodeStates(json: unknown, what = 'service node'): Snode[] {
  const result = asRecord(asRecord(json)?.['result']);
  const list = checkedList(result?.['service_node_states'], what);
  const out: Snode[] = [];
  for (const e of list) {
    const r = asRecord(e);
    if (!r) continue;
    const n = makeSnode(r['public_ip'], r['storage_port'], r['pubkey_ed25519'], r['pubkey_x25519']);
    if (n) out.push(n);
  }
  return dedupe(out);
}

/** `{snodes:[{ip, port|port_https, pubkey_ed25519, pubkey_x25519}]}` from get_swarm or a 421 body. */
export function parseSwarmSnodes(json: unknown): Snode[] {
  const list = checkedList(asRecord(json)?.['snodes'], 'swarm');
  const out: Snode[] = [];
  for (const e of list) {
    const r = asRecord(e);
    if (!r) continue;
    const n = makeSnode(r['ip'], r['port_https'] ?? r['port'], r['pubkey_ed25519'], r['pubkey_x25519']);
    if (n) out.push(n);
  }
  return dedupe(out);
}
