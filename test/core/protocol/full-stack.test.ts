import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toBase64, toHex } from '../../../electron/core/crypto/bytes';
import { decryptFromSender } from '../../../electron/core/crypto/session-box';
import * as protocol from '../../../electron/core/protocol/index';

// /work/shared/protocol/vectors/full-stack-1o1.json (protocol reference §3.1), inlined so the
// suite does not depend on a path outside the repository.
const V = {
  sender_seed16: '0123456789abcdef0123456789abcdef',
  recipient_seed16: '00112233445566778899aabbccddeeff',
  recipient_session_id: '05aa654f00fc39fc69fd0db829410ca38177d7732a8d2f0934ab3872ac56d5aa74',
  timestamp: 1700000000000,
  content_hex: '0a070a0568656c6c6f7880d095ffbc31',
  ciphertext_sha256: '6e3e0482664ad00b4e5bb29320940ff43cb9e73e09decc9297a62f99ab1d4cb0',
  ciphertext_hex:
    'b78249c1b5082b05ca3877c07c12aae0cc2def03638d697f91cd36780003454e8ca10f0a2d39315c362cb401c5904d21938e02a2fc046f044cedae62121333b5085eb18711b1a08c413f8dd4f4effbb5f78b466bd8976bf56729a8b22ba8f2effaee31e3c111541edb0629e67d76a5264d35202266f8634b99839b42a426bd39b207eb12a45043f0042b3463e3ad836b1bef124641ce7bd835b3753d393d920a54db03b1daadf674b4ab2c208711d8a20a8341e30abc9a99ca0c03805867b715dc1b5482bef2513d7f24ec997f22a0618d02154b583c45eab99db1b39ee15198a311cb18ac1078054a777ff8665066ae35c797338ab606750d6fee96eebe83ac04d27c56e75a64ccb6bec4ac460431fbafbe17df5da25c340c9c004d28cd18ab817000cf07f090c2ff38ee9db7482161',
  envelope_prefix_hex: '08062880d095ffbc31380142b002',
  websocket_prefix_hex: '080112c7020a0012001abe02',
  websocket_suffix_hex: '2000',
  store_data_base64:
    'CAESxwIKABIAGr4CCAYogNCV/7wxOAFCsAK3gknBtQgrBco4d8B8EqrgzC3vA2ONaX+RzTZ4AANFToyhDwotOTFcNiy0AcWQTSGTjgKi/ARvBEztrmISEzO1CF6xhxGxoIxBP43U9O/7tfeLRmvYl2v1Zymosiuo8u/67jHjwRFUHtsGKeZ9dqUmTTUgImb4Y0uZg5tCpCa9ObIH6xKkUEPwBCs0Y+Otg2sb7xJGQc572DWzdT05PZIKVNsDsdqt9nS0qywghxHYogqDQeMKvJqZygwDgFhntxXcG1SCvvJRPX8k7Jl/IqBhjQIVS1g8Req5nbGznuFRmKMRyxisEHgFSnd/+GZQZq41x5czirYGdQ1v7pbuvoOsBNJ8VudaZMy2vsSsRgQx+6++F99dolw0DJwATSjNGKuBcADPB/CQwv847p23SCFhIAA=',
  storage_hash: 'gdwvjvy8/zXKJue07+7fdKrnSnLgA3yHAZ3AFRGQoro',
};

const SHARED = '/work/shared/protocol/vectors/full-stack-1o1.json';

beforeAll(protocol.ready);

describe('full 1:1 wire stack vector', () => {
  it('inline copy matches the shared vector file when it is present', () => {
    let shared: Record<string, unknown>;
    try {
      shared = JSON.parse(readFileSync(SHARED, 'utf8')) as Record<string, unknown>;
    } catch {
      return; // outside the development machine the inline copy is the vector
    }
    expect(shared.store_data_base64).toBe(V.store_data_base64);
    expect(shared.ciphertext_hex).toBe(V.ciphertext_hex);
    expect(shared.content_hex).toBe(V.content_hex);
  });

  it('builds every stage byte for byte', () => {
    const sender = protocol.identityFromSeed(fromHex(V.sender_seed16));
    const content = protocol.encodeContent({
      dataMessage: { body: 'hello' },
      sigTimestamp: V.timestamp,
    });
    expect(toHex(content)).toBe(V.content_hex);
    const padded = protocol.padMessage(content);
    expect(padded).toHaveLength(160);
    const ct = protocol.encryptForRecipientDeterministic(sender, V.recipient_session_id, padded);
    expect(ct).toHaveLength(304);
    expect(createHash('sha256').update(ct).digest('hex')).toBe(V.ciphertext_sha256);
    expect(toHex(ct)).toBe(V.ciphertext_hex);
    const env = protocol.encodeEnvelope({
      type: protocol.EnvelopeType.SESSION_MESSAGE,
      timestamp: V.timestamp,
      sourceDevice: 1,
      content: ct,
    });
    expect(toHex(env)).toBe(V.envelope_prefix_hex + V.ciphertext_hex);
    const wsm = protocol.wrapWebSocketRequest(env);
    expect(wsm).toHaveLength(332);
    expect(toHex(wsm)).toBe(V.websocket_prefix_hex + toHex(env) + V.websocket_suffix_hex);
    expect(toBase64(wsm)).toBe(V.store_data_base64);

    const data = protocol.wrapOneToOne(sender, V.recipient_session_id, content, V.timestamp, {
      deterministic: true,
      proSig: 'omit',
    });
    expect(data).toBe(V.store_data_base64);
  });

  it('gives the expected storage hash in namespace 0', () => {
    expect(
      protocol.storageHash(
        V.recipient_session_id,
        0,
        fromHex(V.websocket_prefix_hex + V.envelope_prefix_hex + V.ciphertext_hex + V.websocket_suffix_hex),
      ),
    ).toBe(V.storage_hash);
  });

  it('unwraps back to "hello" from the sender', () => {
    const recipient = protocol.identityFromSeed(fromHex(V.recipient_seed16));
    expect(recipient.sessionId).toBe(V.recipient_session_id);
    const out = protocol.unwrapOneToOne(recipient, V.store_data_base64);
    expect(out.senderSessionId).toBe('05d2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72');
    expect(out.timestampMs).toBe(V.timestamp);
    expect(toHex(out.content)).toBe(V.content_hex);
    expect(out.message.dataMessage?.body).toBe('hello');
    expect(out.message.sigTimestamp).toBe(V.timestamp);
    expect(decryptFromSender(recipient, fromHex(V.ciphertext_hex)).plaintext).toHaveLength(160);
  });
});
