/**
 * The built `shallot` CLI as a child process against a localnet, one data folder per account under
 * `root`. Never spawnSync: the localnet runs in the test's process and must keep answering while
 * the command waits on it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  readonly status: number | null;
  /** stdout parsed as JSON; undefined when it printed nothing. */
  readonly json: unknown;
}

export function cliRunner(root: string, profilePath: string) {
  return (dir: string, args: readonly string[], input = ''): Promise<CliRun> => {
    const proc = spawn(
      'node',
      ['dist/cli/shallot.mjs', ...args, '--data-dir', join(root, dir), '--network', profilePath],
      { stdio: ['pipe', 'pipe', 'ignore'] },
    );
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stdin.end(input);
    return new Promise((resolve) =>
      proc.once('exit', (status) =>
        resolve({ status, json: out.trim() === '' ? undefined : (JSON.parse(out) as unknown) }),
      ),
    );
  };
}

/** `listen` in the background: its JSON lines, collected until it exits. */
export function cliListener(root: string, profilePath: string) {
  return (dir: string, seconds: number) => {
    const proc = spawn(
      'node',
      [
        'dist/cli/shallot.mjs',
        'listen',
        '--seconds',
        String(seconds),
        '--data-dir',
        join(root, dir),
        '--network',
        profilePath,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // The core logs its start on stderr (the key-file warning): the listener is up after it.
    const started = new Promise<void>((resolve) => proc.stderr.once('data', () => resolve()));
    const lines = new Promise<Record<string, unknown>[]>((resolve) =>
      proc.once('exit', () =>
        resolve(
          out
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        ),
      ),
    );
    return { lines, started };
  };
}

/** Commands whose output is one JSON object (read by key), and `listen`. */
export function cliObjects(root: string, profilePath: string) {
  const run = cliRunner(root, profilePath);
  return {
    run: async (dir: string, args: readonly string[], input?: string) => {
      const r = await run(dir, args, input);
      return { status: r.status, json: r.json as Record<string, unknown> | undefined };
    },
    listen: cliListener(root, profilePath),
  };
}
