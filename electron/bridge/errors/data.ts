/** Failures of clearing this device's data (`account.clearData`, methods/data.ts). */
export const DATA_CODES = [
  /** Some of the account's files could not be deleted; the core's log names which (never their content). */
  'clear-incomplete',
] as const;

export type DataCode = (typeof DATA_CODES)[number];
