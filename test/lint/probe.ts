/**
 * Lints a probe file's text as if it lived at a path in this repository, with the project's own
 * ESLint config. Type-aware rules are switched off (probes are not on disk, so no TypeScript
 * program holds them); the rules under test here (zones, caps, restricted syntax) need no types.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let eslint: ESLint | undefined;

export type Finding = { rule: string | null; message: string };

export async function lintProbe(path: string, code: string): Promise<Finding[]> {
  eslint ??= new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path), warnIgnored: true });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

/** Only the findings of one rule. */
export async function findings(rule: string, path: string, code: string): Promise<string[]> {
  return (await lintProbe(path, code)).filter((f) => f.rule === rule).map((f) => f.message);
}

/** `n` lines of code that count (no blanks, no comments). */
export function codeLines(n: number): string {
  return Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n');
}

/** A function whose body has `n` counted lines in total (signature and closing brace included). */
export function functionOf(n: number): string {
  const body = Array.from({ length: n - 2 }, (_, i) => `  const a${i} = ${i};`).join('\n');
  return `export function big(): void {\n${body}\n}\n`;
}
