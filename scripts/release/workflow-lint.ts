/**
 * Lints the GitHub workflows and local actions with action-validator (the schema GitHub documents,
 * plus its checks of expressions and globs), offline. Used by `npm run lint:workflows` (which
 * .ci/run calls) and by test/scripts/release/workflow-lint.test.ts.
 */
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export type LintResult = { file: string; errors: ValidationError[] };

export function workflowFiles(root: string): string[] {
  const dir = join(root, '.github', 'workflows');
  const actions = join(root, '.github', 'actions');
  const workflows = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(dir, f))
    : [];
  const local = existsSync(actions)
    ? readdirSync(actions)
        .map((d) => join(actions, d, 'action.yml'))
        .filter((f) => existsSync(f))
    : [];
  return [...workflows, ...local].sort();
}

export function lintFile(path: string): ValidationError[] {
  const text = readFileSync(path, 'utf8');
  return (/[\\/]action\.ya?ml$/.test(path) ? validateAction(text) : validateWorkflow(text)).errors;
}

export function lintWorkflows(root: string): LintResult[] {
  return workflowFiles(root).map((file) => ({ file: relative(root, file), errors: lintFile(file) }));
}
