import { tryFromBase64 } from '../../electron/core/crypto/bytes';
import {
  MAX_MESSAGE_BODY,
  MAX_SUBACCOUNT_TOKENS,
  SUBACCOUNT_TOKEN_LENGTH,
  isNoAuthRetrieve,
} from './constants';
import {
  HEX_RE,
  RpcParseError,
  exactlyOne,
  field,
  isBase64,
  require,
  stringified,
  type NamespaceVar,
  type Params,
} from './fields';

export { RpcParseError, type NamespaceVar, type Params } from './fields';

/*
 * The storage RPC requests and their loaders, field by field as session-storage-server's
 * `client_rpc_endpoints.cpp` loads them (see fields.ts for the per-field rules and texts).
 */

export interface UserPubkey {
  /** Lower-case 66 hex characters, prefix included. */
  hex: string;
  type: number;
  raw: Uint8Array;
}

export interface Subaccount {
  token: Uint8Array;
  signatureB64: string;
}

export interface SignedAuth {
  pubkey: UserPubkey;
  pubkeyEd25519?: Uint8Array;
  signatureB64: string;
  subaccount?: Subaccount;
}

export type SubRequest =
  | {
      method: 'store';
      pubkey: UserPubkey;
      namespace: number;
      timestamp: number;
      expiry: number;
      data: Uint8Array;
      auth?: SignedAuth;
      sigTimestamp?: number;
    }
  | {
      method: 'retrieve';
      pubkey: UserPubkey;
      namespace: number;
      lastHash?: string;
      maxCount?: number;
      maxSize?: number;
      auth?: SignedAuth;
      timestamp: number;
    }
  | { method: 'delete'; auth: SignedAuth; messages: string[]; required: boolean }
  | { method: 'delete_all'; auth: SignedAuth; namespace: NamespaceVar; timestamp: number }
  | { method: 'delete_before'; auth: SignedAuth; namespace: NamespaceVar; before: number }
  | { method: 'expire_all'; auth: SignedAuth; namespace: NamespaceVar; expiry: number }
  | {
      method: 'expire';
      auth: SignedAuth;
      expiry: number[];
      shorten: boolean;
      extend: boolean;
      messages: string[];
    }
  | { method: 'get_expiries'; auth: SignedAuth; timestamp: number; messages: string[] }
  | { method: 'get_swarm'; pubkey: UserPubkey }
  | { method: 'info' }
  | { method: 'oxend_request'; endpoint: string; params?: unknown }
  | {
      method: 'revoke_subaccount' | 'unrevoke_subaccount';
      auth: SignedAuth;
      timestamp: number;
      tokens: Uint8Array[];
    };

export interface IfElseCondition {
  heightAtLeast?: number;
  heightBefore?: number;
  hfAtLeast?: number[];
  hfBefore?: number[];
  vAtLeast?: number[];
  vBefore?: number[];
}

export type ClientRequest =
  | SubRequest
  | { method: 'batch' | 'sequence'; requests: SubRequest[] }
  | {
      method: 'ifelse';
      condition: IfElseCondition;
      then?: { request: ClientRequest; params: Params };
      else?: { request: ClientRequest; params: Params };
    };

/** The names upstream registers, aliases included, mapped to the request they load. */
export const RPC_METHODS: Readonly<Record<string, ClientRequest['method']>> = {
  store: 'store',
  retrieve: 'retrieve',
  delete: 'delete',
  delete_all: 'delete_all',
  delete_before: 'delete_before',
  expire: 'expire',
  expire_all: 'expire_all',
  get_expiries: 'get_expiries',
  get_swarm: 'get_swarm',
  get_snodes_for_pubkey: 'get_swarm',
  info: 'info',
  oxend_request: 'oxend_request',
  revoke_subaccount: 'revoke_subaccount',
  unrevoke_subaccount: 'unrevoke_subaccount',
  batch: 'batch',
  sequence: 'sequence',
  ifelse: 'ifelse',
};

const OXEND_ENDPOINTS = new Set(['get_service_nodes', 'ons_resolve']);
export function parseUserPubkey(hex: string): UserPubkey | undefined {
  if (hex.length !== 66 || !HEX_RE.test(hex)) return undefined;
  const lower = hex.toLowerCase();
  return {
    hex: lower,
    type: parseInt(lower.slice(0, 2), 16),
    raw: new Uint8Array(Buffer.from(lower.slice(2), 'hex')),
  };
}

function loadPk(pk: string | undefined): UserPubkey {
  const parsed = parseUserPubkey(require('pubkey', pk));
  if (!parsed) throw new RpcParseError('Pubkey must be 66 hex digits (33 bytes) long');
  return parsed;
}

function isSignatureB64(s: string): boolean {
  return isBase64(s) && (s.length === 86 || (s.length === 88 && s.endsWith('==')));
}

function loadPkSignature(
  pk: string | undefined,
  pkEd: string | undefined,
  sig: string | undefined,
): SignedAuth {
  const pubkey = loadPk(pk);
  const signatureB64 = require('signature', sig);
  let pubkeyEd25519: Uint8Array | undefined;
  if (pkEd !== undefined) {
    if (pubkey.type !== 5) throw new RpcParseError('pubkey_ed25519 is only permitted for 05[...] pubkeys');
    if (pkEd.length === 64) {
      if (!HEX_RE.test(pkEd)) throw new RpcParseError('invalid pubkey_ed25519: value is not hex');
      pubkeyEd25519 = new Uint8Array(Buffer.from(pkEd, 'hex'));
    } else if (pkEd.length === 32) {
      pubkeyEd25519 = new Uint8Array(Buffer.from(pkEd, 'latin1'));
    } else {
      throw new RpcParseError('Invalid pubkey_ed25519: expected 64 hex char or 32 byte pubkey');
    }
  }
  if (!isSignatureB64(signatureB64)) {
    throw new RpcParseError('invalid signature: expected base64 encoded Ed25519 signature');
  }
  return { pubkey, signatureB64, ...(pubkeyEd25519 ? { pubkeyEd25519 } : {}) };
}

function parseToken(s: string): Uint8Array | undefined {
  if (s.length === (SUBACCOUNT_TOKEN_LENGTH * 4) / 3 && isBase64(s)) return tryFromBase64(s);
  if (s.length === SUBACCOUNT_TOKEN_LENGTH * 2 && HEX_RE.test(s))
    return new Uint8Array(Buffer.from(s, 'hex'));
  return undefined;
}

function loadSubaccount(auth: SignedAuth, sub: string | undefined, subSig: string | undefined): SignedAuth {
  if (sub === undefined || sub === '') return auth;
  if (subSig === undefined)
    throw new RpcParseError('invalid subaccount: subaccount_sig is required when using subaccount');
  const token = parseToken(sub);
  if (!token) throw new RpcParseError('invalid subaccount: expected base64 or hex-encoded subaccount token');
  if (!isSignatureB64(subSig)) {
    throw new RpcParseError('invalid subaccount signature: expected base64 encoded Ed25519 signature');
  }
  return { ...auth, subaccount: { token, signatureB64: subSig } };
}

function isMessageHash(h: string): boolean {
  return h.length === 43 && isBase64(h);
}

function requireHashes(messages: string[] | undefined, validate: boolean): string[] {
  const list = require('messages', messages);
  if (list.length === 0) throw new RpcParseError('messages does not contain any message hashes');
  if (validate)
    for (const m of list) if (!isMessageHash(m)) throw new RpcParseError(`invalid message hash: ${m}`);
  return list;
}

function signedAuth(p: Params): SignedAuth {
  const auth = loadPkSignature(
    field(p, 'pubkey', 'str'),
    field(p, 'pubkey_ed25519', 'str'),
    field(p, 'signature', 'str'),
  );
  return loadSubaccount(auth, field(p, 'subaccount', 'str'), field(p, 'subaccount_sig', 'str'));
}

function loadStore(p: Params): SubRequest {
  field(p, 'data', 'str');
  const expiry = field(p, 'expiry', 'ts');
  const ns = field(p, 'namespace', 'ns');
  const pubKeyAlt = field(p, 'pubKey', 'str');
  const pubkey = field(p, 'pubkey', 'str');
  const pkEd = field(p, 'pubkey_ed25519', 'str');
  const sigTs = field(p, 'sig_timestamp', 'ts');
  const sig = field(p, 'signature', 'str');
  const sub = field(p, 'subaccount', 'str');
  const subSig = field(p, 'subaccount_sig', 'str');
  const timestamp = stringified(p, 'timestamp', 'int');
  const ttl = stringified(p, 'ttl', 'uint');
  require('timestamp', timestamp);
  exactlyOne('expiry', expiry, 'ttl', ttl, false);
  const ts = timestamp!;
  const exp = expiry ?? ts + ttl!;
  exactlyOne('pubkey', pubkey, 'pubKey', pubKeyAlt, true);
  const pk = pubkey ?? pubKeyAlt;
  let auth: SignedAuth | undefined;
  let pub: UserPubkey;
  if (sig !== undefined) {
    auth = loadSubaccount(loadPkSignature(pk, pkEd, sig), sub, subSig);
    pub = auth.pubkey;
  } else {
    pub = loadPk(pk);
  }
  const data = require('data', field(p, 'data', 'str'));
  if (!isBase64(data)) throw new RpcParseError("Invalid 'data' value: not base64 encoded");
  if (data.length > (MAX_MESSAGE_BODY / 3) * 4) {
    throw new RpcParseError(`Message body exceeds maximum allowed length of ${MAX_MESSAGE_BODY} bytes`);
  }
  return {
    method: 'store',
    pubkey: pub,
    namespace: ns ?? 0,
    timestamp: ts,
    expiry: exp,
    data: tryFromBase64(data)!,
    ...(auth ? { auth, sigTimestamp: sigTs ?? ts } : {}),
  };
}

function loadRetrieve(p: Params): SubRequest {
  const lastHashAlt = field(p, 'lastHash', 'str');
  let lastHash = field(p, 'last_hash', 'str');
  const maxCount = field(p, 'max_count', 'int');
  const maxSize = field(p, 'max_size', 'int');
  const ns = field(p, 'namespace', 'ns');
  const pubKeyAlt = field(p, 'pubKey', 'str');
  const pubkey = field(p, 'pubkey', 'str');
  const pkEd = field(p, 'pubkey_ed25519', 'str');
  const sig = field(p, 'signature', 'str');
  const sub = field(p, 'subaccount', 'str');
  const subSig = field(p, 'subaccount_sig', 'str');
  const ts = field(p, 'timestamp', 'ts');
  exactlyOne('pubkey', pubkey, 'pubKey', pubKeyAlt, true);
  const pk = pubkey ?? pubKeyAlt;
  let auth: SignedAuth | undefined;
  let pub: UserPubkey;
  if (
    pkEd !== undefined ||
    sig !== undefined ||
    ts !== undefined ||
    (ns !== undefined && !isNoAuthRetrieve(ns))
  ) {
    auth = loadSubaccount(loadPkSignature(pk, pkEd, sig), sub, subSig);
    pub = auth.pubkey;
  } else {
    pub = loadPk(pk);
  }
  if (lastHash !== undefined && lastHashAlt !== undefined) {
    throw new RpcParseError("Cannot specify both 'last_hash' and 'lastHash'");
  }
  lastHash ??= lastHashAlt;
  if (lastHash === '') lastHash = undefined;
  if (lastHash !== undefined) {
    if (lastHash.length !== 43) throw new RpcParseError('Invalid last_hash: expected base64 (43 chars)');
    if (!isBase64(lastHash)) throw new RpcParseError('Invalid last_hash: not base64');
  }
  return {
    method: 'retrieve',
    pubkey: pub,
    namespace: ns ?? 0,
    // A signed retrieve without a timestamp fails the clock check, as upstream's does.
    timestamp: ts ?? 0,
    ...(auth ? { auth } : {}),
    ...(lastHash !== undefined ? { lastHash } : {}),
    ...(maxCount !== undefined ? { maxCount } : {}),
    ...(maxSize !== undefined ? { maxSize } : {}),
  };
}

function loadTokens(list: string[], what: 'revoke' | 'unrevoke'): Uint8Array[] {
  return list.map((s) => {
    const t = parseToken(s);
    if (!t) throw new RpcParseError(`invalid ${what}: expected base64 or hex-encoded subaccount tag`);
    return t;
  });
}

function loadExpire(p: Params): Extract<SubRequest, { method: 'expire' }> {
  const expiry = field(p, 'expiry', 'tss');
  const extend = field(p, 'extend', 'bool') ?? false;
  const messages = field(p, 'messages', 'strs');
  const shorten = field(p, 'shorten', 'bool') ?? false;
  const auth = signedAuth(p);
  const exp = require('expiry', expiry);
  if (exp.length === 0) throw new RpcParseError("'expiry' does not contain any expiration timestamps");
  if (shorten && extend) throw new RpcParseError("cannot specify both 'shorten' and 'extend'");
  const list = require('messages', messages);
  if (list.length === 0) throw new RpcParseError('messages does not contain any message hashes');
  if (exp.length > 1 && exp.length !== list.length) {
    throw new RpcParseError("'expiry' must be a single expiry, or the same length as 'messages'");
  }
  for (const m of list) if (!isMessageHash(m)) throw new RpcParseError(`invalid message hash: ${m}`);
  return { method: 'expire', auth, expiry: exp, shorten, extend, messages: list };
}

/** Revocations are signed by the account key itself, never by a subaccount. */
function loadRevocation(
  p: Params,
  method: 'revoke_subaccount' | 'unrevoke_subaccount',
): Extract<SubRequest, { auth: SignedAuth; tokens: Uint8Array[] }> {
  const what = method === 'revoke_subaccount' ? 'revoke' : 'unrevoke';
  const list = field(p, what, 'strs');
  const ts = field(p, 'timestamp', 'ts');
  const auth = loadPkSignature(
    field(p, 'pubkey', 'str'),
    field(p, 'pubkey_ed25519', 'str'),
    field(p, 'signature', 'str'),
  );
  const given = require(what, list);
  if (what === 'revoke' && given.length > MAX_SUBACCOUNT_TOKENS) {
    throw new RpcParseError(
      `invalid revoke: cannot revoke more than ${MAX_SUBACCOUNT_TOKENS} subaccounts at once`,
    );
  }
  return { method, auth, tokens: loadTokens(given, what), timestamp: require('timestamp', ts) };
}

/** Loads one non-meta request (also each batch/sequence/ifelse member). */
export function loadSub(method: ClientRequest['method'], p: Params): SubRequest {
  switch (method) {
    case 'store':
      return loadStore(p);
    case 'retrieve':
      return loadRetrieve(p);
    case 'delete': {
      const messages = field(p, 'messages', 'strs');
      field(p, 'required', 'bool');
      const auth = signedAuth(p);
      return {
        method,
        auth,
        messages: requireHashes(messages, true),
        required: field(p, 'required', 'bool') ?? false,
      };
    }
    case 'delete_all': {
      const ns = field(p, 'namespace', 'nsvar');
      const ts = field(p, 'timestamp', 'ts');
      const auth = signedAuth(p);
      return { method, auth, namespace: ns ?? 0, timestamp: require('timestamp', ts) };
    }
    case 'delete_before': {
      const before = field(p, 'before', 'ts');
      const ns = field(p, 'namespace', 'nsvar');
      const auth = signedAuth(p);
      return { method, auth, namespace: ns ?? 0, before: require('before', before) };
    }
    case 'expire_all': {
      const expiry = field(p, 'expiry', 'ts');
      const ns = field(p, 'namespace', 'nsvar');
      const auth = signedAuth(p);
      return { method, auth, namespace: ns ?? 0, expiry: require('expiry', expiry) };
    }
    case 'expire':
      return loadExpire(p);
    case 'get_expiries': {
      const messages = field(p, 'messages', 'strs');
      const ts = field(p, 'timestamp', 'ts');
      const auth = signedAuth(p);
      const timestamp = require('timestamp', ts);
      return { method, auth, timestamp, messages: requireHashes(messages, false) };
    }
    case 'get_swarm': {
      const alt = field(p, 'pubKey', 'str');
      const pk = field(p, 'pubkey', 'str');
      exactlyOne('pubkey', pk, 'pubKey', alt, true);
      const pubkey = parseUserPubkey((pk ?? alt)!);
      if (!pubkey) throw new RpcParseError('Pubkey must be 66 hex digits/33 bytes long');
      return { method, pubkey };
    }
    case 'info':
      return { method };
    case 'oxend_request': {
      const endpoint = require('endpoint', field(p, 'endpoint', 'str'));
      if (!OXEND_ENDPOINTS.has(endpoint)) throw new RpcParseError(`Invalid oxend endpoint '${endpoint}'`);
      const params = p['params'];
      return { method, endpoint, ...(params !== undefined && params !== null ? { params } : {}) };
    }
    case 'revoke_subaccount':
    case 'unrevoke_subaccount':
      return loadRevocation(p, method);
    case 'batch':
    case 'sequence':
    case 'ifelse':
      throw new RpcParseError('Invalid batch subrequest: subrequests may not contain meta-requests');
  }
}
