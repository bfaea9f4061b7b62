// `node scripts/build.mjs [renderer|electron]` (no argument: both).
// renderer: Vite, with the repo's vite.config.ts, into dist/renderer.
// electron: esbuild bundles into dist/electron: main.mjs (ESM), preload.cjs (sandboxed preloads
// must be CommonJS) and each worker under the name of its development .mjs entry, so that
// `new URL('./x-worker.mjs', import.meta.url)` finds it in both layouts; plus the SQL
// migrations db.ts reads from ./migrations/.
import { build as esbuild } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'electron');
const targets = process.argv.slice(2);
const known = ['renderer', 'electron'];
const unknown = targets.filter((t) => !known.includes(t));
if (unknown.length) {
  console.error(`Unknown build target ${unknown.join(', ')}; use ${known.join(' or ')} (or nothing for both).`);
  process.exit(2);
}
const wanted = (t) => targets.length === 0 || targets.includes(t);

async function buildRenderer() {
  const { build } = await import('vite');
  process.chdir(root); // vite.config.ts names its root relative to the repository
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      rollupOptions: {
        // Misplaced /*#__PURE__*/ comments inside dependencies are theirs to fix, not a reader's concern.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  });
  console.log('built dist/renderer');
}

const workers = {
  'core-worker': 'electron/core/worker/core-worker.ts',
  'html-worker': 'electron/core/import/html-worker-main.ts',
  'prepare-worker': 'electron/core/import/prepare-worker-main.ts',
};

async function buildElectron() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22', // Electron 45's Node
    sourcemap: 'linked',
    minify: true,
    logLevel: 'warning',
    // Native, and rebuilt per runtime: loaded from node_modules, never bundled.
    external: ['electron', 'better-sqlite3'],
  };
  // Bundled CommonJS dependencies may still call require(): give ESM output one.
  const esm = {
    ...common,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta.url);" },
  };
  await Promise.all([
    esbuild({ ...esm, entryPoints: { main: join(root, 'electron', 'main.ts') }, outdir: out }),
    esbuild({ ...esm, entryPoints: Object.fromEntries(Object.entries(workers).map(([name, path]) => [name, join(root, path)])), outdir: out }),
    esbuild({ ...common, format: 'cjs', entryPoints: [join(root, 'electron', 'preload.ts')], outfile: join(out, 'preload.cjs') }),
  ]);
  cpSync(join(root, 'electron', 'core', 'migrations'), join(out, 'migrations'), { recursive: true });
  console.log(`built dist/electron (main, preload, ${Object.keys(workers).join(', ')}, migrations)`);
}

try {
  if (wanted('renderer')) await buildRenderer();
  if (wanted('electron')) await buildElectron();
} catch (e) {
  console.error(`Build failed: ${e?.message ?? e}`);
  process.exit(1);
}
