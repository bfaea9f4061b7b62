// `npm run serve`: builds the renderer when it is missing or stale, starts browser mode on
// 127.0.0.1, prints the address (with this run's token) and opens it in the system browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/paths.js';
import { startHost } from './server.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const usage = `Usage: npm run serve -- [--data-dir DIR] [--port N] [--no-open]

  --data-dir DIR  the library folder (default: the desktop app's, ${defaultDataDir()})
  --port N        the port on 127.0.0.1 (default: a free one)
  --no-open       print the address without opening a browser`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port wants a number from 0 to 65535, not ${values.port}.`);
    return { dataDir: resolve(values['data-dir'] ?? defaultDataDir()), port, open: !values['no-open'] };
  } catch (e) {
    fail(`${(e as Error).message}\n\n${usage}`);
  }
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function buildRendererIfStale(): void {
  const built = join(repoRoot, 'dist', 'renderer', 'index.html');
  const sources = ['renderer', 'shared', 'vite.config.ts'].map((p) => newestChange(join(repoRoot, p)));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources)) return;
  console.log('Building the Gloss window (renderer)…');
  const { status } = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), 'renderer'], { cwd: repoRoot, stdio: 'inherit' });
  if (status !== 0) fail('The renderer build failed; see the messages above.');
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('(Could not open a browser; open the address above yourself.)'));
  child.unref();
}

const { dataDir, port, open } = options();
buildRendererIfStale();
const host = await startHost({ dataDir, port, staticDir: join(repoRoot, 'dist', 'renderer') }).catch((e: Error & { code?: string }) =>
  fail(e.code === 'EADDRINUSE' ? `Port ${port} is in use; choose another with --port, or leave it out.` : `Gloss could not start: ${e.message}`),
);
console.log(`Gloss is running in browser mode with the library in ${dataDir}\n\n  ${host.url}\n\nPress Ctrl+C to stop.`);
if (open) openBrowser(host.url);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log('\nStopping Gloss…');
    void host.close().then(() => process.exit(0));
  });
}
