// The renderer's build: the same bundle is loaded by Electron (custom protocol) and by browser mode.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline module-preload polyfill: the Electron CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
  },
});
