/**
 * `shallot` on the command line: the same core as the app, in this process, answering one command
 * (see USAGE in command.ts and docs/CLI.md). Results are JSON on stdout — one object, or one line
 * per message for `listen` — logs go to stderr, and a failure prints {"code","message"} and exits
 * with 1 (2 for a command line that was refused before anything started).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeWire, toWireValue } from '../bridge/codec';
import { startCore, type Core } from '../core/api/core';
import { isShallotError } from '../core/errors';
import { createLogger } from '../core/log';
import { defaultDataDir } from '../host/paths';
import { parseCommand, type Command } from './command';
import * as run from './commands';
import { runGroupCommand } from './group-commands';
import { saveAttachment } from './files';
import * as searchBackup from './search-backup-commands';

const print = (value: unknown, pretty = false): void => {
  process.stdout.write(`${JSON.stringify(toWireValue(value), null, pretty ? 2 : undefined)}\n`);
};

function failure(code: string, message: string, exit = 1): number {
  print({ code, message });
  return exit;
}

/**
 * Commands that talk to the network default to it (the env's SHALLOT_NETWORK, else mainnet); those
 * that only read or make something local default to offline.
 */
function networkFor(command: Exclude<Command, { kind: 'refused' }>): string | undefined {
  if (command.args.network) return command.args.network;
  const offline =
    ['call', 'create', 'search', 'backup-create', 'backup-restore'].includes(command.kind) ||
    (command.kind === 'profile' && command.name === undefined) ||
    (command.kind === 'contacts' && command.action === 'list');
  return offline ? 'offline' : undefined;
}

async function execute(
  core: Core,
  command: Exclude<Command, { kind: 'refused' }>,
  stdin: () => string,
): Promise<void> {
  const out = (v: unknown): void => print(v);
  switch (command.kind) {
    case 'call': {
      const decoded = decodeWire(command.params ?? stdin());
      if (!decoded.ok) throw new run.CliError('invalid-params', 'The parameters are not valid JSON.');
      const r = await core.dispatch(command.method, decoded.value);
      if (!r.ok) throw new run.CliError(r.error.code, r.error.message);
      print(r.value, true);
      return;
    }
    case 'create':
      return run.create(core, command.name, out);
    case 'restore':
      return run.restore(core, command.name, stdin(), out);
    case 'send':
      await run.send(core, command.to, command.text, command.files, out);
      return run.pushChanges(core, false);
    case 'attachment-save':
      return saveAttachment(core, command.id, command.out, out);
    case 'listen':
      return run.listen(core, command.seconds, out);
    case 'conversations':
      return run.conversations(core, out);
    case 'messages':
      return run.messages(core, command.with, command.limit, out);
    case 'requests':
      await run.requests(core, command.action, command.id, out);
      if (command.action !== 'list') await run.pushChanges(core, false);
      return;
    case 'group':
    case 'groups':
      return runGroupCommand(core, command, out);
    case 'profile':
      return run.profile(core, command.name, out);
    case 'contacts':
      return run.contacts(core, command.action, command.id, command.nickname, out);
    case 'sync':
      return run.sync(core, out);
    case 'search':
      return searchBackup.search(core, command.text, command.with, command.limit, out);
    case 'backup-create':
      return searchBackup.backupCreate(core, command.file, stdin(), out);
    case 'backup-restore':
      return searchBackup.backupRestore(core, command.file, stdin(), out);
  }
}

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2));
  if (command.kind === 'refused') {
    process.stderr.write(`${command.message}\n`);
    return 2;
  }
  let core: Core;
  try {
    core = await startCore({
      dataDir: resolve(command.args.dataDir ?? defaultDataDir()),
      host: 'cli',
      network: networkFor(command),
      logger: createLogger('cli', 'warn'),
      heartbeatMs: 0,
    });
  } catch (e) {
    return isShallotError(e) ? failure(e.code, e.message) : failure('internal', 'Shallot could not start.');
  }
  try {
    await execute(core, command, () => readFileSync(0, 'utf8'));
    return 0;
  } catch (e) {
    return isShallotError(e) ? failure(e.code, e.message) : failure('internal', 'The command failed.');
  } finally {
    await core.close();
  }
}

process.exitCode = await main();
