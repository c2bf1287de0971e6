import { toBase64, tryFromHex, utf8 } from '../electron/core/crypto/bytes';
import {
  encryptWithKey,
  openOnionLayerWithKey,
  parseOnionCipher,
  type OnionCipher,
} from '../electron/core/crypto/onion-cipher';
import { encodeFrame, parseFrame } from '../electron/core/protocol/onion-frame';
import { encodeSnodeOnionResponse } from '../electron/core/protocol/onion-response';
import {
  isOnionUrlTargetAllowed,
  parseOnionRouting,
  type OnionRoute,
} from '../electron/core/protocol/onion-routing';
import type { Directory } from './directory';
import { RequestFailed, post, textReply, type Reply } from './http';
import type { NodeKeys } from './keys';
import { STORAGE_SERVER_VERSION } from './rpc/constants';
import { stringifySorted, type RpcResponse } from './rpc/json';
import { wait, type NetworkStats } from './faults';

/** What a node offers the onion layer: its keys, the directory, and its own RPC entry point. */
export interface OnionHost {
  readonly keys: NodeKeys;
  readonly dir: Directory;
  runRpc(body: string): Promise<RpcResponse>;
  /** How long to hold a request whose next hop is unreachable (a fault; real nodes: ~30 s). */
  readonly faults: { readonly relayFailureDelayMs: number };
  readonly stats: NetworkStats;
}

const NODE_HOP_TIMEOUT_MS = 15_000;
const URL_TIMEOUT_MS = 25_000;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The destination's reply, encrypted once with the innermost layer's key: `{"status","body"}` with
 * the body double-encoded (or embedded when the client asked `"json": true`), base64 unless
 * `"base64": false`.
 */
function wrap(
  res: RpcResponse,
  cipher: OnionCipher,
  key: Uint8Array,
  embedJson = false,
  base64 = true,
): Reply {
  if (!embedJson && base64) {
    const body = typeof res.body === 'string' ? res.body : stringifySorted(res.body);
    return textReply(200, encodeSnodeOnionResponse(cipher, key, res.status, body));
  }
  const inner =
    typeof res.body === 'string' || !embedJson
      ? stringifySorted({
          status: res.status,
          body: typeof res.body === 'string' ? res.body : stringifySorted(res.body),
        })
      : stringifySorted({ status: res.status, body: res.body });
  const ct = encryptWithKey(cipher, key, utf8(inner));
  return base64
    ? textReply(200, toBase64(ct))
    : { status: 200, contentType: 'application/octet-stream', body: ct };
}

/** `POST /onion_req/v2`: `frame(ciphertext, {"ephemeral_key", ["enc_type"], ["hop_no"]})`. */
export async function handleOnionRequest(host: OnionHost, body: Uint8Array): Promise<Reply> {
  let ciphertext: Uint8Array;
  let ephemeral: Uint8Array;
  let cipher: OnionCipher;
  let hopNo = 0;
  try {
    const frame = parseFrame(body);
    ciphertext = frame.blob;
    const ek = frame.json['ephemeral_key'];
    const parsedKey = typeof ek === 'string' && ek.length === 64 ? tryFromHex(ek) : undefined;
    if (!parsedKey) throw new Error('invalid or missing ephemeral_key');
    ephemeral = parsedKey;
    const encType = frame.json['enc_type'];
    if (encType !== undefined && typeof encType !== 'string') throw new Error('invalid enc_type');
    cipher = parseOnionCipher(encType);
    const hop = frame.json['hop_no'];
    if (typeof hop === 'number' && Number.isInteger(hop)) hopNo = Math.max(0, hop);
  } catch (e) {
    return textReply(400, `Error parsing onion request: ${errorText(e)}`);
  }
  return processLayer(host, ciphertext, ephemeral, cipher, hopNo);
}

async function processLayer(
  host: OnionHost,
  ciphertext: Uint8Array,
  ephemeral: Uint8Array,
  cipher: OnionCipher,
  hopNo: number,
): Promise<Reply> {
  let plaintext: Uint8Array;
  let key: Uint8Array;
  try {
    ({ plaintext, key } = openOnionLayerWithKey(cipher, host.keys.x25519Secret, ephemeral, ciphertext));
  } catch {
    return textReply(400, 'Invalid ciphertext');
  }
  let route: OnionRoute;
  let blob: Uint8Array;
  try {
    const frame = parseFrame(plaintext);
    blob = frame.blob;
    route = parseOnionRouting(frame.json);
  } catch {
    return wrap({ status: 400, body: 'Invalid json' }, cipher, key);
  }
  switch (route.kind) {
    case 'final-snode': {
      let text: string;
      try {
        text = strictUtf8.decode(blob);
      } catch {
        return wrap({ status: 400, body: 'invalid json' }, cipher, key, route.json, route.base64);
      }
      const res = await host.runRpc(text);
      return wrap(res, cipher, key, route.json, route.base64);
    }
    case 'relay-server':
      if (
        (route.protocol !== 'http' && route.protocol !== 'https') ||
        !isOnionUrlTargetAllowed(route.target)
      ) {
        return wrap({ status: 400, body: 'Invalid url' }, cipher, key);
      }
      return relayToServer(route, plaintext);
    case 'relay-node': {
      const next = host.dir.byEd.get(route.destination);
      if (!next) {
        host.stats.unknownNextHops++;
        return textReply(502, `Next node not found: ${route.destination}`);
      }
      const payload = encodeFrame(blob, {
        ephemeral_key: route.ephemeralKey,
        enc_type: route.cipher === 'aes-gcm' ? 'aes-gcm' : 'xchacha20',
        hop_no: hopNo + 1,
      });
      try {
        const r = await post(
          { protocol: 'https', host: next.ip, port: next.port, path: '/onion_req/v2' },
          payload,
          { 'Content-Type': 'application/octet-stream' },
          NODE_HOP_TIMEOUT_MS,
        );
        return { status: r.status, contentType: r.headers['content-type'] ?? 'text/plain', body: r.body };
      } catch {
        host.stats.relayFailures++;
        await wait(host.faults.relayFailureDelayMs);
        return textReply(504, 'Request time out');
      }
    }
  }
}

/** Forwards the whole decrypted frame to `protocol://host[:port]/target` and relays its answer. */
async function relayToServer(
  route: Extract<OnionRoute, { kind: 'relay-server' }>,
  plaintext: Uint8Array,
): Promise<Reply> {
  const protocol = route.protocol === 'http' ? 'http' : 'https';
  try {
    const r = await post(
      {
        protocol,
        host: route.host,
        port: route.port,
        path: route.target.startsWith('/') ? route.target : `/${route.target}`,
      },
      plaintext,
      {
        'User-Agent': `Oxen Storage Server/${STORAGE_SERVER_VERSION.join('.')}`,
        'Content-Type': 'application/octet-stream',
      },
      URL_TIMEOUT_MS,
    );
    return { status: r.status, contentType: r.headers['content-type'] ?? 'text/plain', body: r.body };
  } catch (e) {
    if (e instanceof RequestFailed && e.timeout) return textReply(504, e.message);
    return textReply(502, errorText(e));
  }
}
