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
        if (!app) throw new Error('The build has no chunk for renderer/src/mount.tsx to preload.');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }];
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
