/** JSON values as the RPC layer builds them. */
/** `bigint` serialises as a bare JSON integer (oxend's u64 swarm ids exceed 2^53). */
export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** What an RPC handler answers: a JSON object, or plain text (errors). */
export interface RpcResponse {
  status: number;
  body: string | JsonObject;
}

/**
 * Upstream builds replies with nlohmann::json, whose objects keep keys sorted; serialising the
 * same way makes our bytes match a real node's (some clients hash or diff raw replies).
 */
export function stringifySorted(value: JsonValue): string {
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stringifySorted).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stringifySorted(value[k]!)}`).join(',')}}`;
}

export function bodyText(res: RpcResponse): string {
  return typeof res.body === 'string' ? res.body : stringifySorted(res.body);
}
