/**
 * The CLI's command line, read without side effects: which call to make, or why not. Methods whose
 * contract spec names `secret` parameters take them from standard input only ("-"), since an
 * argument would sit in the process list and the shell's history.
 */
import { isMethodName, methodSpec } from '../bridge/contract';
import { ArgsError, parseHostArgs, type HostArgs } from '../host/args';

export const USAGE =
  'usage: shallot info | shallot call METHOD [JSON-PARAMS | -]  [--data-dir DIR] [--network NET]';

export type Command =
  /** `params` is JSON text, or undefined when it is to be read from standard input. */
  | { kind: 'call'; args: HostArgs; method: string; params: string | undefined }
  | { kind: 'refused'; message: string };

function positional(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) {
      if (!a.includes('=')) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A method with secret parameters takes them from stdin only (its spec's `secret`). */
export function takesSecrets(method: string): boolean {
  return isMethodName(method) && (methodSpec(method).secret?.length ?? 0) > 0;
}

export function parseCommand(argv: readonly string[]): Command {
  let args: HostArgs;
  try {
    args = parseHostArgs(argv);
  } catch (e) {
    return { kind: 'refused', message: `${e instanceof ArgsError ? e.message : String(e)}\n${USAGE}` };
  }
  const [command, method, rawParams] = positional(argv);
  if (command === 'info') return { kind: 'call', args, method: 'app.info', params: '{}' };
  if (command !== 'call' || !method) return { kind: 'refused', message: USAGE };
  if (rawParams === '-') return { kind: 'call', args, method, params: undefined };
  if (rawParams !== undefined && takesSecrets(method)) {
    return {
      kind: 'refused',
      message: `${method} takes secrets: pass its parameters on standard input with "-"`,
    };
  }
  return { kind: 'call', args, method, params: rawParams ?? '{}' };
}
