/**
 * `npm start`: the desktop app where Electron's binary is installed; otherwise (as on a machine that
 * could not download it) one line saying so, then the web host in its place.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

function electronBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const args = process.argv.slice(2);
const bin = electronBinary();
const target = bin
  ? { cmd: bin, argv: [fileURLToPath(new URL('./electron/main.mjs', import.meta.url)), ...args] }
  : { cmd: process.execPath, argv: [fileURLToPath(new URL('./host/web.mjs', import.meta.url)), ...args] };
if (!bin) {
  process.stderr.write(
    'Electron is not installed here (its binary could not be downloaded); starting the web host instead.\n',
  );
}
const child = spawn(target.cmd, target.argv, { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
