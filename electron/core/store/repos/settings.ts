import type { ReadDb, WriteDb } from '../handles';

/**
 * Typed key/value settings. Each setting is declared once with its default and a guard; a stored
 * value that fails the guard (written by another version, or damaged) reads as the default
 * instead of leaking a wrong type into the app.
 */
export interface SettingDef<T> {
  readonly key: string;
  readonly fallback: T;
  readonly is: (v: unknown) => v is T;
}

export function defineSetting<T>(key: string, fallback: T, is: (v: unknown) => v is T): SettingDef<T> {
  return { key, fallback, is };
}

export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export function isOneOf<const T extends readonly string[]>(values: T): (v: unknown) => v is T[number] {
  return (v: unknown): v is T[number] => typeof v === 'string' && values.includes(v);
}

/** Every statement of this repository, exported so the query-plan test can EXPLAIN each one. */
export const SETTINGS_SQL = {
  get: 'SELECT value FROM settings WHERE key = ?',
  set: 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  reset: 'DELETE FROM settings WHERE key = ?',
} as const;

export const settings = {
  get<T>(db: ReadDb, def: SettingDef<T>): T {
    const row = db.get<{ value: string }>(SETTINGS_SQL.get, def.key);
    if (!row) return def.fallback;
    try {
      const v: unknown = JSON.parse(row.value);
      return def.is(v) ? v : def.fallback;
    } catch {
      return def.fallback;
    }
  },

  set<T>(tx: WriteDb, def: SettingDef<T>, value: T): void {
    tx.run(SETTINGS_SQL.set, def.key, JSON.stringify(value));
  },

  reset<T>(tx: WriteDb, def: SettingDef<T>): void {
    tx.run(SETTINGS_SQL.reset, def.key);
  },
};
