import { ShallotError } from '../core/errors';

/** Command-line options shared by the desktop app and the web host. */
export type HostArgs = {
  dataDir?: string;
  port?: number;
  network?: string;
};

export class ArgsError extends ShallotError<'bad-argument'> {
  constructor(message: string) {
    super('bad-argument', message);
  }
}

export function parseHostArgs(argv: readonly string[]): HostArgs {
  const out: HostArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=')
      ? (arg.split(/=(.*)/s, 2) as [string, string])
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new ArgsError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--data-dir':
        out.dataDir = value();
        break;
      case '--port': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ArgsError('--port takes 0–65535');
        out.port = n;
        break;
      }
      case '--network':
        out.network = value();
        break;
      default:
        // Electron and Chromium add switches of their own; only our own flags are interpreted.
        break;
    }
  }
  return out;
}
