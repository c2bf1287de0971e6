/**
 * The built CLI as child processes against a localnet, one data folder per account under `root`.
 * Never spawnSync: the localnet runs in the test's process and must keep answering while a command
 * waits on it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export type CliResult = { status: number | null; json: Record<string, unknown> | undefined };

export function cliRunner(root: string, profilePath: () => string) {
  const base = (dir: string) => ['--data-dir', join(root, dir), '--network', profilePath()];

  /** One command; its stdout parsed as one JSON object. */
  function cli(dir: string, args: string[], input?: string): Promise<CliResult> {
    const proc = spawn('node', ['dist/cli/shallot.mjs', ...args, ...base(dir)], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stdin.end(input ?? '');
    return new Promise((resolve) =>
      proc.once('exit', (status) =>
        resolve({
          status,
          json: out.trim() === '' ? undefined : (JSON.parse(out) as Record<string, unknown>),
        }),
      ),
    );
  }

  /** `listen` in the background: its JSON lines, collected until it exits. */
  function listen(
    dir: string,
    seconds: number,
  ): { lines: Promise<Record<string, unknown>[]>; started: Promise<void> } {
    const proc = spawn(
      'node',
      ['dist/cli/shallot.mjs', 'listen', '--seconds', String(seconds), ...base(dir)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
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
  }

  return { cli, listen };
}
