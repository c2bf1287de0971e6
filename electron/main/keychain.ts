/**
 * Answers the core worker's keychain requests with Electron's safeStorage. On Linux without a
 * secret service safeStorage falls back to a fixed, well-known key ('basic_text'); that is no
 * protection, so it is reported as unavailable and the core keeps a key file instead (warned).
 */
import { safeStorage } from 'electron';
import type { KeychainReply, KeychainRequest } from '../host/keychain-relay';

function available(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function answerKeychain(req: KeychainRequest): KeychainReply {
  const fail: KeychainReply = { id: req.id, ok: false };
  try {
    switch (req.op) {
      case 'available':
        return { id: req.id, ok: true, available: available() };
      case 'encrypt': {
        if (!req.data || !available()) return fail;
        const blob = safeStorage.encryptString(Buffer.from(req.data).toString('hex'));
        return { id: req.id, ok: true, data: new Uint8Array(blob) };
      }
      case 'decrypt': {
        if (!req.data || !safeStorage.isEncryptionAvailable()) return fail;
        const hex = safeStorage.decryptString(Buffer.from(req.data));
        if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return fail;
        return {
          id: req.id,
          ok: true,
          data: new Uint8Array(Buffer.from(hex, 'hex')),
        };
      }
    }
  } catch {
    return fail;
  }
}
