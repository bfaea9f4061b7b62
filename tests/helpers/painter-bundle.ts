// The reader's painting module bundled for a plain page, as window.glossPaint, for the tests and
// the benchmark that run it in Chromium without the rest of the app.
import { build } from 'esbuild';
import { repoRoot } from './corpus.js';

export async function bundlePainter(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { HighlightLayer } from './renderer/src/annotate/paint.ts';
        import { TextMap } from './renderer/src/annotate/textMap.ts';
        import { NearScreen } from './renderer/src/annotate/nearScreen.ts';
        window.glossPaint = { HighlightLayer, TextMap, NearScreen };`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}
