export {};

/**
 * `npm run bench [-- area…]` runs every benchmark area (or the named ones). Each area is a module
 * in this folder exporting `run(): Promise<void>` that prints JSON lines through report().
 */
const AREAS = [
  'bridge',
  'protocol',
  'store',
  'localnet',
  'network',
  'vault',
  'config',
  'groups',
  'messaging',
  'attachments',
  'search',
  'backup',
  'ui',
] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(AREAS as readonly string[]).includes(a));
  if (unknown.length > 0) {
    process.stderr.write(`unknown bench area: ${unknown.join(', ')} (known: ${AREAS.join(', ')})\n`);
    process.exit(2);
  }
  const areas = asked.length > 0 ? asked : AREAS;
  for (const area of areas) {
    const mod = (await import(`./${area}.ts`)) as { run: () => Promise<void> };
    await mod.run();
  }
}

await main();
