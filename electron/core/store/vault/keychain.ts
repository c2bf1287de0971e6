/**
 * What the host gives the vault to reach the OS keychain. The Electron host implements it with
 * `safeStorage` (encryptString/decryptString on the key's hex or raw bytes); the core never
 * imports electron, and the vault file stores only the opaque blob that `encrypt` returns.
 */
export interface KeychainBackend {
  isAvailable(): Promise<boolean>;
  encrypt(plain: Uint8Array): Promise<Uint8Array>;
  decrypt(blob: Uint8Array): Promise<Uint8Array>;
}
