// `npm start`: the desktop app where the Electron binary is installed, browser mode where it is not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** Reads where the electron package put its binary without require('electron'), which tries to download it. */
function electronBinary() {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const executable = readFileSync(pathFile, 'utf8').trim();
    const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
    const binary = join(base, executable);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Runs a long-lived child. Ctrl+C reaches it from the terminal, and it decides how to stop. */
function runUntilExit(script, scriptArgs) {
  const child = spawn(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit' });
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

if (electronBinary()) {
  const { status } = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  runUntilExit(join(root, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js'), ['start', '--', ...args]);
} else {
  console.log('Electron is not installed on this machine; starting Gloss in browser mode instead.');
  runUntilExit(join(root, 'bin', 'serve.mjs'), args);
}
