// The renderer's build: the same bundle is loaded by Electron (custom protocol) and by browser mode.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The app's chunk (mount.tsx, which the small first script imports once it has asked for the
 * library's first rows) is fetched and compiled from the start, beside the first script.
 */
function preloadApp(): Plugin {
  return {
    name: 'gloss-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const app = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith('/renderer/src/mount.tsx')));
        if (!app || app.type !== 'chunk') throw new Error('The build has no chunk for renderer/src/mount.tsx to preload.');
        // With the chunks it imports: a browser preloads only the module named, and would find
        // those only once it had the app's chunk.
        const files = [app.fileName, ...app.imports.filter((file) => !(bundle![file] as { isEntry?: boolean }).isEntry)];
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadApp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline module-preload polyfill: the Electron CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
  },
});
