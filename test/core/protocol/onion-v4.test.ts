import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toHex, utf8 } from '../../../electron/core/crypto/bytes';
import { OnionError } from '../../../electron/core/crypto/onion-cipher';
import {
  decodeV4Request,
  decodeV4Response,
  encodeV4Request,
  encodeV4Response,
} from '../../../electron/core/protocol/onion-v4';

const str = (b: Uint8Array) => new TextDecoder().decode(b);

function onionCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OnionError);
    return (e as OnionError).code;
  }
  throw new Error('expected an OnionError');
}

// Examples from session-file-server fileserver/onion_req.py (handle_v4_onion_request docstring) and
// tests/test_onion_requests.py.
describe('v4 encodings (session-file-server)', () => {
  it('GET with a header: l79:{…}e', () => {
    const bytes = encodeV4Request({
      method: 'GET',
      endpoint: '/room/some-room',
      headers: { 'Some-Header': '12345' },
    });
    expect(str(bytes)).toBe(
      'l79:{"method":"GET","endpoint":"/room/some-room","headers":{"Some-Header":"12345"}}e',
    );
    expect(decodeV4Request(bytes)).toEqual({
      meta: { method: 'GET', endpoint: '/room/some-room', headers: { 'Some-Header': '12345' } },
    });
  });

  it('POST with a body: l72:{…}14:post body heree', () => {
    const bytes = encodeV4Request(
      { method: 'POST', endpoint: '/some/thing', headers: { 'Some-Header': 'a' } },
      utf8('post body here'),
    );
    expect(str(bytes)).toBe(
      'l72:{"method":"POST","endpoint":"/some/thing","headers":{"Some-Header":"a"}}14:post body heree',
    );
    const decoded = decodeV4Request(bytes);
    expect(decoded.meta.method).toBe('POST');
    expect(str(decoded.body!)).toBe('post body here');
  });

  it('decodes the Python-spaced metadata the file server test builds', () => {
    const meta = '{"method": "GET", "endpoint": "/session_version?platform=desktop"}';
    const bytes = utf8(`l${meta.length}:${meta}e`);
    expect(decodeV4Request(bytes)).toEqual({
      meta: { method: 'GET', endpoint: '/session_version?platform=desktop' },
    });
  });

  it('response: l58:{…}11:{"id": 123}e', () => {
    const bytes = encodeV4Response(
      { code: 200, headers: { 'content-type': 'application/json' } },
      utf8('{"id": 123}'),
    );
    expect(str(bytes)).toBe('l58:{"code":200,"headers":{"content-type":"application/json"}}11:{"id": 123}e');
    const r = decodeV4Response(bytes);
    expect(r.code).toBe(200);
    expect({ ...r.headers }).toEqual({ 'content-type': 'application/json' });
    expect(str(r.body)).toBe('{"id": 123}');
  });

  it('response with Python json.dumps spacing and binary body', () => {
    const meta = '{"code": 403, "headers": {"content-type": "application/octet-stream"}}';
    const body = new Uint8Array([0, 1, 2, 255]);
    const bytes = new Uint8Array([...utf8(`l${meta.length}:${meta}4:`), ...body, ...utf8('e')]);
    const r = decodeV4Response(bytes);
    expect(r.code).toBe(403);
    expect(toHex(r.body)).toBe('000102ff');
  });

  it('rejects malformed payloads with typed codes', () => {
    expect(onionCode(() => decodeV4Request(utf8('l5:{}e')))).toBe('bencode');
    expect(onionCode(() => decodeV4Request(utf8('le')))).toBe('v4');
    expect(onionCode(() => decodeV4Request(utf8('l2:{}e')))).toBe('v4'); // no method/endpoint
    expect(onionCode(() => decodeV4Request(utf8('l2:[]e')))).toBe('v4');
    const noSlash = '{"method":"GET","endpoint":"room"}';
    expect(onionCode(() => decodeV4Request(utf8(`l${noSlash.length}:${noSlash}e`)))).toBe('v4');
    const ok = '{"method":"GET","endpoint":"/r"}';
    expect(onionCode(() => decodeV4Request(utf8(`l${ok.length}:${ok}1:a1:be`)))).toBe('v4'); // 3 parts
    expect(onionCode(() => decodeV4Request(utf8(`l${ok.length}:${ok}i1ee`)))).toBe('v4');
    expect(onionCode(() => decodeV4Request(utf8(`d1:a1:be`)))).toBe('v4');
    const badHeaders = '{"method":"GET","endpoint":"/r","headers":{"a":1}}';
    expect(onionCode(() => decodeV4Request(utf8(`l${badHeaders.length}:${badHeaders}e`)))).toBe('v4');
    expect(onionCode(() => decodeV4Response(utf8('l9:{"code":}0:e')))).toBe('v4');
    expect(onionCode(() => decodeV4Response(utf8('l12:{"code":"x"}0:e')))).toBe('v4');
    expect(onionCode(() => decodeV4Response(utf8('l12:{"code":200}0:')))).toBe('bencode');
  });

  it('a "__proto__" header stays an ordinary header', () => {
    const meta = '{"code":200,"headers":{"__proto__":"x"}}';
    const r = decodeV4Response(utf8(`l${meta.length}:${meta}0:e`));
    expect(Object.keys(r.headers)).toEqual(['__proto__']);
    expect(r.headers['__proto__']).toBe('x');
  });

  it('round-trips arbitrary requests and responses', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string().map((s) => `/${s}`),
        fc.option(fc.dictionary(fc.string(), fc.string()), { nil: undefined }),
        fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }),
        (method, endpoint, headers, body) => {
          const meta = headers === undefined ? { method, endpoint } : { method, endpoint, headers };
          const d = decodeV4Request(encodeV4Request(meta, body));
          expect(d.meta.method).toBe(method);
          expect(d.meta.endpoint).toBe(endpoint);
          if (headers) expect({ ...d.meta.headers }).toEqual({ ...headers });
          if (body) expect(toHex(d.body!)).toBe(toHex(body));
          else expect(d.body).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: v4 decoders only throw OnionError', () => {
  const validReq = encodeV4Request(
    { method: 'POST', endpoint: '/file', headers: { 'X-A': 'b' } },
    utf8('body'),
  );
  const validRes = encodeV4Response({ code: 200, headers: { 'content-type': 'text/plain' } }, utf8('ok'));
  const inputs = (valid: Uint8Array) =>
    fc.oneof(
      fc.uint8Array({ maxLength: 100 }),
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([pos, v]) => {
        const m = valid.slice();
        m[pos % m.length] = v;
        return m;
      }),
      fc.nat({ max: valid.length }).map((n) => valid.subarray(0, n)),
      fc.string().map((s) => utf8(`l${utf8(s).length}:${s}e`)),
    );

  it('decodeV4Request', () => {
    fc.assert(
      fc.property(inputs(validReq), (bytes) => {
        try {
          decodeV4Request(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(OnionError);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('decodeV4Response', () => {
    fc.assert(
      fc.property(inputs(validRes), (bytes) => {
        try {
          decodeV4Response(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(OnionError);
        }
      }),
      { numRuns: 4000 },
    );
  });
});
