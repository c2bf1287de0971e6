/** `npm run lint:workflows`: every workflow and local action lints clean, or the exit code says not. */
import { REPO_ROOT } from './builder-config';
import { lintWorkflows } from './workflow-lint';

const results = lintWorkflows(REPO_ROOT);
let bad = 0;
for (const { file, errors } of results) {
  if (errors.length === 0) continue;
  bad += 1;
  console.error(`${file}:\n${JSON.stringify(errors, null, 2)}`);
}
console.log(`${results.length - bad} of ${results.length} workflow files lint clean`);
process.exit(bad > 0 || results.length === 0 ? 1 : 0);
