import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { methodSpec } from '../../electron/bridge/contract';
import { METHOD_NAMES } from '../../electron/bridge/names';
import { parseCommand } from '../../electron/cli/command';

const root = mkdtempSync(join(tmpdir(), 'shallot-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cli command line', () => {
  const secretMethods = METHOD_NAMES.filter((m) => (methodSpec(m).secret ?? []).length > 0);

  it('knows the secret methods from the contract', () => {
    expect(secretMethods).toContain('account.unlock');
    expect(secretMethods).toContain('onboarding.complete');
    expect(secretMethods).not.toContain('app.ping');
  });

  it.each(secretMethods)('refuses %s parameters as an argument, and takes them from stdin', (method) => {
    const inline = parseCommand(['call', method, '{"password":"hunter2"}']);
    expect(inline).toEqual({ kind: 'refused', message: expect.stringContaining('standard input') as string });
    expect(parseCommand(['call', method, '-', '--data-dir', '/d'])).toMatchObject({
      kind: 'call',
      method,
      params: undefined,
    });
  });

  it('takes other parameters as an argument', () => {
    expect(parseCommand(['call', 'app.ping', '{"echo":"x"}'])).toMatchObject({
      method: 'app.ping',
      params: '{"echo":"x"}',
    });
    expect(parseCommand(['info', '--data-dir=/d'])).toMatchObject({
      method: 'app.info',
      args: { dataDir: '/d' },
    });
    expect(parseCommand(['frobnicate'])).toMatchObject({ kind: 'refused' });
    expect(parseCommand(['info', '--port', 'x'])).toMatchObject({ kind: 'refused' });
  });
});

describe('npm run -s cli', () => {
  it('builds first and prints only JSON on stdout', () => {
    rmSync('dist/cli', { recursive: true, force: true });
    const run = spawnSync('npm', ['run', '-s', 'cli', '--', 'info', '--data-dir', join(root, 'data')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(existsSync('dist/cli/shallot.mjs')).toBe(true);
    // The bundled CLI loads sodium-native from node_modules (N-API, no rebuild) and says so.
    expect(JSON.parse(run.stdout)).toMatchObject({
      name: 'Shallot',
      host: 'cli',
      network: 'offline',
      crypto: 'native',
    });
  });

  it('refuses a secret on the command line before starting the core', () => {
    const data = join(root, 'untouched');
    const run = spawnSync(
      'node',
      ['dist/cli/shallot.mjs', 'call', 'account.unlock', '{"password":"x"}', '--data-dir', data],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(existsSync(data)).toBe(false);
  });
});
