/**
 * ONS name → Session ID through the network (protocol reference §4.4 `oxend_request ons_resolve`).
 * Like desktop (`ts/session/apis/snode_api/onsResolve.ts`), several random pool nodes are asked
 * and every answer must agree, so one lying node cannot send a conversation to another account.
 * Missing everywhere is `not-found`; disagreeing or unreachable nodes are `bad-response`.
 */
import { tryFromHex } from '../crypto/bytes';
import { decryptOnsValue, onsNameHash } from '../protocol/ons';
import { NetworkError, asNetworkError } from './errors';
import { shuffle } from './path-select';
import type { SnodePool } from './pool';
import type { Random } from './random';
import { isRecord } from './rpc-results';
import type { OnionTransport } from './transport';

/** Desktop asks three nodes and wants the same answer from each. */
const ONS_NODES = 3;

type Answer = { kind: 'id'; id: string } | { kind: 'none' };

function readAnswer(name: string, body: unknown): Answer {
  const result = isRecord(body) ? body['result'] : undefined;
  if (!isRecord(result)) throw new NetworkError('bad-response', 'The ONS reply has no result.');
  const value = result['encrypted_value'];
  if (value === undefined) return { kind: 'none' };
  const ciphertext = typeof value === 'string' ? tryFromHex(value) : undefined;
  const nonceHex = result['nonce'];
  const nonce = typeof nonceHex === 'string' ? tryFromHex(nonceHex) : undefined;
  if (!ciphertext) throw new NetworkError('bad-response', 'The ONS value is not hex.');
  try {
    return { kind: 'id', id: decryptOnsValue(name, ciphertext, nonce) };
  } catch (e) {
    throw new NetworkError('bad-response', 'The ONS value does not decrypt under this name.', { cause: e });
  }
}

export async function resolveOnsName(
  deps: { transport: OnionTransport; pool: SnodePool; random: Random },
  name: string,
): Promise<string> {
  const lower = name.toLowerCase();
  const params = { endpoint: 'ons_resolve', params: { type: 0, name_hash: onsNameHash(lower) } };
  const nodes = shuffle(deps.pool.list(), deps.random).slice(0, ONS_NODES);
  if (nodes.length === 0) throw new NetworkError('pool', 'No service node is known to ask.');
  const answers = await Promise.all(
    nodes.map(async (node) => {
      try {
        const reply = await deps.transport.snodeRequest(node, 'oxend_request', params);
        if (reply.status !== 200) return undefined;
        return readAnswer(lower, reply.body);
      } catch (e) {
        if (asNetworkError(e).code === 'closed') throw e;
        return undefined;
      }
    }),
  );
  const got = answers.filter((a): a is Answer => a !== undefined);
  if (got.length === 0) throw new NetworkError('unreachable', 'No service node answered the ONS lookup.');
  const ids = new Set(got.map((a) => (a.kind === 'id' ? a.id : '')));
  if (ids.size > 1) throw new NetworkError('bad-response', 'Service nodes disagree about this ONS name.');
  const [only] = [...ids];
  if (!only) throw new NetworkError('not-found', 'No Session ID is registered under this ONS name.');
  return only;
}
