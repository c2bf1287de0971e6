import { en, type MessageKey } from './en';

/** Looks a string up and fills `{name}` placeholders. */
export function t(key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Maps a bridge error code to words; unknown codes fall back to the core's own message. */
export function errorText(error: { code: string; message: string }): string {
  const key = `error.${error.code}`;
  return key in en ? t(key as MessageKey) : t('error.unknown', { message: error.message });
}
