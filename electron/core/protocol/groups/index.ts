export * from './errors';
export * from './identity';
export * from './multi-encrypt';
export * from './subaccount';
export * from './group-message';
export * from './keys-message';
export * from './key-store';
export * from './group-keys';
