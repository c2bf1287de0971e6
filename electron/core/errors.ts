/**
 * The root of every typed error Shallot raises. A `code` is stable and machine-readable (the UI maps
 * it to a localized message); `message` is a human sentence in English for logs and fallbacks.
 * Subclasses narrow `code` to their own union so callers can switch on it exhaustively.
 */
export class ShallotError<C extends string = string> extends Error {
  readonly code: C;

  constructor(code: C, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** True when `e` is a ShallotError (optionally of a given subclass). */
export function isShallotError(e: unknown): e is ShallotError {
  return e instanceof ShallotError;
}

/**
 * A code for a log line: the error's `code` when it has a string one, else its class name. Never
 * the message, which may carry a path, a body or a key.
 */
export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return e instanceof Error ? e.name : 'unknown';
}
