// An ESLint rule that keeps each folder to an allow-list of imports ("zones"): a folder says what
// it may import — package names, Node built-ins, and repository paths — and everything else is an
// error. Allow-lists close the gaps deny-lists leave (a new folder, a new built-in, a root file).
//
// Options: { zone, allow: [pattern…], allowTypes: [pattern…], note }. A pattern starting with "./"
// is a repository path (relative to the ESLint config's folder), where "*" matches within one
// segment and a trailing "/**" matches the folder itself and everything below it; any other pattern
// is a module specifier ("zod", "react-dom/*", "node:fs"). `allowTypes` admits only declaration-level
// `import type` / `export type` (which compile to nothing), never a value import.
import { dirname, relative, resolve, sep } from 'node:path';

const EXTENSIONS = /\.(?:d\.ts|tsx?|mts|cts|mjs|cjs|js|jsx)$/;

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      re += '(?:/.*)?';
      break;
    }
    if (glob.startsWith('**', i)) {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function compile(patterns) {
  const paths = [];
  const modules = [];
  for (const p of patterns ?? []) {
    if (p.startsWith('./')) paths.push(globToRegExp(p.slice(2)));
    else modules.push(globToRegExp(p));
  }
  return { paths, modules };
}

function admits(compiled, target) {
  return target.kind === 'path'
    ? compiled.paths.some((r) => r.test(target.name))
    : compiled.modules.some((r) => r.test(target.name));
}

/** What a specifier names: a repository path (for relative ones) or a module name. */
function targetOf(specifier, filename, root) {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return { kind: 'module', name: specifier };
  const abs = resolve(dirname(filename), specifier);
  const rel = relative(root, abs).split(sep).join('/');
  return { kind: 'path', name: rel.replace(EXTENSIONS, '') };
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its zone allows.' },
    schema: [
      {
        type: 'object',
        properties: {
          zone: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          allowTypes: { type: 'array', items: { type: 'string' } },
          note: { type: 'string' },
        },
        required: ['zone', 'allow'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside: '"{{specifier}}" is outside the {{zone}} zone: {{note}}',
      typesOnly: '"{{specifier}}" may be imported in the {{zone}} zone only as `import type`: {{note}}',
    },
  },
  create(context) {
    const options = context.options[0];
    const root = context.settings?.importZonesRoot ?? context.cwd;
    const allow = compile(options.allow);
    const types = compile(options.allowTypes);
    const note = options.note ?? 'see docs/ARCHITECTURE.md (lint zones).';

    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return;
      const target = targetOf(source.value, context.filename, root);
      if (admits(allow, target)) return;
      if (admits(types, target) && typeOnly) return;
      context.report({
        node: source,
        messageId: admits(types, target) ? 'typesOnly' : 'outside',
        data: { specifier: source.value, zone: options.zone, note },
      });
    };

    return {
      ImportDeclaration: (n) => check(n, n.source, n.importKind === 'type'),
      ExportNamedDeclaration: (n) => check(n, n.source, n.exportKind === 'type'),
      ExportAllDeclaration: (n) => check(n, n.source, n.exportKind === 'type'),
      ImportExpression: (n) => check(n, n.source, false),
      TSImportType: (n) => check(n, n.argument?.literal ?? n.argument, true),
    };
  },
};

export default { rules: { 'import-zones': rule } };
