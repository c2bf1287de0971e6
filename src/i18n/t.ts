import type { BridgeError } from '../../electron/bridge/result';
import { en, errorMessages, type MessageKey } from './en';

/** Looks a string up and fills `{name}` placeholders. */
export function t(key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Maps a bridge error code to words; a code this build does not know falls back to the core's message. */
export function errorText(error: { readonly code: string; readonly message: string }): string {
  return Object.hasOwn(errorMessages, error.code)
    ? errorMessages[error.code as BridgeError['code']]
    : t('error.unknown', { message: error.message });
}
