// Runs Electronegativity over electron/ and src/ together (its global checks need both) and fails
// on any finding whose check is not explained in docs/SECURITY.md's table. The only check skipped
// is the release-feed lookup, which needs the internet.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = pkg.devDependencies.electron;
const stage = mkdtempSync(join(tmpdir(), 'shallot-en-'));
cpSync('electron', join(stage, 'electron'), { recursive: true });
cpSync('src', join(stage, 'src'), { recursive: true });
const sarif = join(stage, 'report.sarif');

try {
  execFileSync('npx', ['electronegativity', '-i', stage, '-e', electronVersion, '-o', sarif], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} catch {
  // It exits 0 with findings and non-zero only when it could not run; the report decides below.
}

let results;
try {
  results = JSON.parse(readFileSync(sarif, 'utf8')).runs.flatMap((r) => r.results);
} catch {
  console.error('electronegativity produced no report');
  process.exit(1);
}
rmSync(stage, { recursive: true, force: true });

const security = readFileSync('docs/SECURITY.md', 'utf8');
const explained = new Set([...security.matchAll(/^\|\s*`([A-Z_]+_CHECK)`\s*\|/gm)].map((m) => m[1]));
let unexplained = 0;
for (const r of results) {
  const where = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.replace(stage + '/', '') ?? '';
  const ok = explained.has(r.ruleId);
  if (!ok) unexplained += 1;
  console.log(`${ok ? 'explained  ' : 'UNEXPLAINED'} ${r.ruleId} ${where}`);
}
console.log(`electronegativity: ${results.length} findings, ${unexplained} unexplained`);
process.exit(unexplained > 0 ? 1 : 0);
