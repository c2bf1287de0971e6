/**
 * A tiny structured logger. Fields must never carry secrets or message content: callers pass
 * counts, codes and durations. Output goes to stderr so stdout stays free for machine output
 * (bench JSON, the CLI's results, the web host's URL line).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(scope: string): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function envLevel(): LogLevel {
  const v = process.env['SHALLOT_LOG'];
  return v === 'debug' || v === 'info' || v === 'warn' || v === 'error' ? v : 'info';
}

export type LogSink = (line: string) => void;

export function createLogger(
  scope = 'shallot',
  minLevel: LogLevel = envLevel(),
  sink: LogSink = (line) => process.stderr.write(line),
): Logger {
  const emit = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (ORDER[level] < ORDER[minLevel]) return;
    sink(`${JSON.stringify({ t: new Date().toISOString(), level, scope, msg, ...fields })}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (s) => createLogger(`${scope}.${s}`, minLevel, sink),
  };
}

/** A logger that drops everything: for tests and benchmarks that measure, not read, logs. */
export const silentLogger: Logger = createLogger('silent', 'error', () => undefined);

export type RateLimit = {
  /** Lines allowed at once. */
  readonly burst: number;
  /** One more line is allowed every `refillMs`. */
  readonly refillMs: number;
  readonly now?: () => number;
};

/**
 * A logger whose lines are rate-limited per message (a token bucket each), for lines a remote
 * party can provoke at will (malformed frames): a flood costs a bounded number of lines, and the
 * next line that gets through says how many were dropped (`suppressed`).
 */
export function rateLimited(logger: Logger, limit: RateLimit): Logger {
  const now = limit.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number; suppressed: number }>();
  const gate =
    (level: LogLevel) =>
    (msg: string, fields?: LogFields): void => {
      const t = now();
      const b = buckets.get(msg) ?? { tokens: limit.burst, at: t, suppressed: 0 };
      b.tokens = Math.min(limit.burst, b.tokens + (t - b.at) / limit.refillMs);
      b.at = t;
      buckets.set(msg, b);
      if (b.tokens < 1) {
        b.suppressed++;
        return;
      }
      b.tokens -= 1;
      const extra = b.suppressed > 0 ? { suppressed: b.suppressed } : {};
      b.suppressed = 0;
      logger[level](msg, { ...fields, ...extra });
    };
  return {
    debug: gate('debug'),
    info: gate('info'),
    warn: gate('warn'),
    error: gate('error'),
    child: (scope) => rateLimited(logger.child(scope), limit),
  };
}
