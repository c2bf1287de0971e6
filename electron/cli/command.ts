/**
 * The CLI's command line, read without side effects: which command to run, or why not. Secrets
 * (a recovery phrase, a password) come from standard input only, since an argument would sit in
 * the process list and the shell's history: `restore` reads its phrase from stdin, and `call`
 * takes the parameters of methods whose contract spec names `secret` parameters only as "-".
 */
import { isMethodName, methodSpec } from '../bridge/contract';
import { ArgsError, parseHostArgs, type HostArgs } from '../host/args';
import { GROUP_FLAGS, GROUP_USAGE, parseGroupCommand, type GroupCommand } from './group-commands';

export const USAGE = [
  'usage: shallot COMMAND [--data-dir DIR] [--network mainnet|offline|PROFILE.json]',
  '  create --name NAME                 new account → {"sessionId"}',
  '  restore [--name NAME]              recovery phrase on stdin; name from the network → {"sessionId"}',
  '  send --to 05…|03…|ONS-NAME --text TEXT  waits until sent → {"id","hash","sentAt","state"}',
  '  send --to 05…|03… --file PATH [--file PATH…] [--text CAPTION]  also → "attachments":[…]',
  '  listen [--seconds N]               one JSON line per incoming message',
  '  conversations                      → {"conversations":[…],"requests":[…]}',
  '  messages --with 05…|03… [--limit N]  → {"conversation","messages":[…]}',
  '  requests [accept|decline|block 05…]',
  ...GROUP_USAGE,
  '  attachment save ID --out PATH      downloads if needed, verifies, writes the plaintext',
  '  profile [set --name NAME]          → {"sessionId","name","avatarUrl","noteToSelf"}',
  '  contacts [block|unblock 05… | nickname 05… NAME]  → [{"sessionId","name","nickname",…}]',
  '  sync                               poll the own swarm, push what is pending → {"pushed"}',
  '  search TEXT [--with 05…] [--limit N] one JSON line per match → {"conversation","messageId","sentAt","snippet"}',
  '  backup create --out FILE           passphrase on stdin → {"file","bytes","createdAt"}',
  '  backup restore --in FILE           phrase, then passphrase, on stdin (empty data folder) → {"sessionId"}',
  '  info | call METHOD [JSON-PARAMS | -]',
].join('\n');

export type Command =
  /** `params` is JSON text, or undefined when it is to be read from standard input. */
  | { kind: 'call'; args: HostArgs; method: string; params: string | undefined }
  | { kind: 'create'; args: HostArgs; name: string }
  | { kind: 'restore'; args: HostArgs; name: string | undefined }
  | { kind: 'profile'; args: HostArgs; name: string | undefined }
  | { kind: 'contacts'; args: HostArgs; action: ContactAction; id: string | undefined; nickname?: string }
  | { kind: 'sync'; args: HostArgs }
  /** `text` is the message body (the caption when files go with it); `files` are paths to read. */
  | { kind: 'send'; args: HostArgs; to: string; text: string; files: string[] }
  | { kind: 'attachment-save'; args: HostArgs; id: string; out: string }
  | { kind: 'listen'; args: HostArgs; seconds: number | undefined }
  | { kind: 'conversations'; args: HostArgs }
  | { kind: 'messages'; args: HostArgs; with: string; limit: number }
  | {
      kind: 'requests';
      args: HostArgs;
      action: 'list' | 'accept' | 'decline' | 'block';
      id: string | undefined;
    }
  | GroupCommand
  | { kind: 'search'; args: HostArgs; text: string; with: string | undefined; limit: number }
  | { kind: 'backup-create' | 'backup-restore'; args: HostArgs; file: string }
  | { kind: 'refused'; message: string };

export type ContactAction = 'list' | 'block' | 'unblock' | 'nickname';

const VALUED = new Set([
  '--data-dir',
  '--port',
  '--network',
  '--name',
  '--to',
  '--text',
  '--seconds',
  '--with',
  '--limit',
  ...GROUP_FLAGS,
  '--out',
  '--in',
]);
/** Options that may be given more than once; every value is kept. */
const REPEATED = new Set(['--file']);

/** Positional words and `--flag value` / `--flag=value` options. */
function split(argv: readonly string[]): {
  words: string[];
  flags: Map<string, string>;
  lists: Map<string, string[]>;
} {
  const words: string[] = [];
  const flags = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const add = (flag: string, v: string): void => {
    if (REPEATED.has(flag)) lists.set(flag, [...(lists.get(flag) ?? []), v]);
    else flags.set(flag, v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) {
      words.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) add(a.slice(0, eq), a.slice(eq + 1));
    else if (VALUED.has(a) || REPEATED.has(a)) add(a, argv[++i] ?? '');
  }
  return { words, flags, lists };
}

/** A method with secret parameters takes them from stdin only (its spec's `secret`). */
export function takesSecrets(method: string): boolean {
  return isMethodName(method) && (methodSpec(method).secret?.length ?? 0) > 0;
}

const refused = (message: string): Command => ({ kind: 'refused', message: `${message}\n${USAGE}` });

function positiveInt(v: string | undefined): number | undefined {
  return v !== undefined && /^[0-9]{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
}

function callCommand(args: HostArgs, words: readonly string[]): Command {
  const [, method, rawParams] = words;
  if (!method) return refused('call needs a METHOD');
  if (rawParams === '-') return { kind: 'call', args, method, params: undefined };
  if (rawParams !== undefined && takesSecrets(method)) {
    return {
      kind: 'refused',
      message: `${method} takes secrets: pass its parameters on standard input with "-"`,
    };
  }
  return { kind: 'call', args, method, params: rawParams ?? '{}' };
}

function attachmentCommand(args: HostArgs, words: readonly string[], out: string | undefined): Command {
  const [, action, id] = words;
  if (action !== 'save')
    return refused(action ? `unknown attachment action "${action}"` : 'attachment needs save');
  if (!id || !/^[0-9a-f]{32}$/.test(id))
    return refused('attachment save needs an attachment ID (32 hex digits)');
  if (!out) return refused('attachment save needs --out PATH');
  return { kind: 'attachment-save', args, id, out };
}

function profileCommand(args: HostArgs, words: readonly string[], name: string | undefined): Command {
  if (words[1] === undefined) return { kind: 'profile', args, name: undefined };
  if (words[1] !== 'set') return refused(`unknown profile action "${words[1]}"`);
  return name ? { kind: 'profile', args, name } : refused('profile set needs --name');
}

function contactsCommand(args: HostArgs, words: readonly string[]): Command {
  const [, action, id, nickname] = words;
  if (action === undefined) return { kind: 'contacts', args, action: 'list', id: undefined };
  if (action !== 'block' && action !== 'unblock' && action !== 'nickname')
    return refused(`unknown contacts action "${action}"`);
  if (!id) return refused(`contacts ${action} needs a Session ID`);
  if (action !== 'nickname') return { kind: 'contacts', args, action, id };
  // An empty nickname ("") removes it.
  return nickname === undefined
    ? refused('contacts nickname needs a Session ID and a NAME ("" removes it)')
    : { kind: 'contacts', args, action, id, nickname };
}

function requestsCommand(args: HostArgs, words: readonly string[]): Command {
  const [, action, id] = words;
  if (action === undefined) return { kind: 'requests', args, action: 'list', id: undefined };
  if (action !== 'accept' && action !== 'decline' && action !== 'block')
    return refused(`unknown requests action "${action}"`);
  if (!id) return refused(`requests ${action} needs a Session ID`);
  return { kind: 'requests', args, action, id };
}

/** The most hits `search` prints when `--limit` does not say. */
export const SEARCH_DEFAULT_LIMIT = 100;

function searchCommand(args: HostArgs, words: readonly string[], flags: Map<string, string>): Command {
  const text = words.slice(1).join(' ');
  const raw = flags.get('--limit');
  const limit = raw === undefined ? SEARCH_DEFAULT_LIMIT : positiveInt(raw);
  const withId = flags.get('--with');
  if (text.trim() === '') return refused('search needs TEXT');
  if (limit === undefined || limit > 10_000) return refused('--limit takes a number of 1–10000');
  if (withId === '') return refused('--with needs a Session ID');
  return { kind: 'search', args, text, with: withId, limit };
}

function backupCommand(args: HostArgs, words: readonly string[], flags: Map<string, string>): Command {
  const action = words[1];
  const flag = action === 'create' ? '--out' : '--in';
  const file = flags.get(flag);
  if (action !== 'create' && action !== 'restore') return refused('backup needs create or restore');
  if (!file) return refused(`backup ${action} needs ${flag} FILE`);
  return { kind: action === 'create' ? 'backup-create' : 'backup-restore', args, file };
}

export function parseCommand(argv: readonly string[]): Command {
  let args: HostArgs;
  try {
    args = parseHostArgs(argv);
  } catch (e) {
    return refused(e instanceof ArgsError ? e.message : String(e));
  }
  const { words, flags, lists } = split(argv);
  const need = (flag: string): string | undefined => {
    const v = flags.get(flag);
    return v === undefined || v === '' ? undefined : v;
  };
  switch (words[0]) {
    case 'info':
      return { kind: 'call', args, method: 'app.info', params: '{}' };
    case 'call':
      return callCommand(args, words);
    case 'create': {
      const name = need('--name');
      return name ? { kind: 'create', args, name } : refused('create needs --name');
    }
    case 'restore':
      return { kind: 'restore', args, name: need('--name') };
    case 'profile':
      return profileCommand(args, words, need('--name'));
    case 'contacts':
      return contactsCommand(args, words);
    case 'sync':
      return { kind: 'sync', args };
    case 'send': {
      const to = need('--to');
      const text = flags.get('--text');
      const files = lists.get('--file') ?? [];
      if (files.some((f) => f === '')) return refused('--file needs a PATH');
      if (!to || (text === undefined && files.length === 0))
        return refused('send needs --to and --text or --file');
      return { kind: 'send', args, to, text: text ?? '', files };
    }
    case 'listen': {
      const raw = flags.get('--seconds');
      const seconds = positiveInt(raw);
      if (raw !== undefined && seconds === undefined) return refused('--seconds takes a positive number');
      return { kind: 'listen', args, seconds };
    }
    case 'conversations':
      return { kind: 'conversations', args };
    case 'messages': {
      const who = need('--with');
      const raw = flags.get('--limit');
      const limit = raw === undefined ? 50 : positiveInt(raw);
      if (!who || limit === undefined || limit > 200)
        return refused('messages needs --with and a --limit of 1–200');
      return { kind: 'messages', args, with: who, limit };
    }
    case 'requests':
      return requestsCommand(args, words);
    case 'group': {
      const c = parseGroupCommand(args, words, flags);
      return typeof c === 'string' ? refused(c) : c;
    }
    case 'groups':
      return { kind: 'groups', args };
    case 'attachment':
      return attachmentCommand(args, words, need('--out'));
    case 'search':
      return searchCommand(args, words, flags);
    case 'backup':
      return backupCommand(args, words, flags);
    default:
      return refused(words[0] ? `unknown command "${words[0]}"` : 'no command');
  }
}
