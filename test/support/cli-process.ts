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
