// The app, rendered once the interface's language is loaded and, on the library, the first reads
// have been answered (main.tsx loads this).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { earlyReadsDone } from './api/client.js';
import { App } from './App.js';
import { handOver } from './earlyPaint.js';
import { languageLoaded } from './i18n.js'; // before any component renders: the language and the page's direction
import { idsFromHash } from './reader/layout.js';
import { showAnsweredTaxonomies } from './taxonomy/taxonomies.js';

// Without its language's catalogues the window still opens, in English.
const language = languageLoaded.catch((e: unknown) => console.error('The interface language could not be loaded:', e));
// On the library, the answers to the reads the first script made, waited for up to this long:
// with them the first render shows the rows, their count and the filters at once, where each
// answer that came after it made another render of the whole window. Not on the reader: its
// first render would then be the reader's with the text, one task over 50 ms where the header's
// render and the reader's are two under it.
const EARLY_READS_WAIT_MS = 150;
const earlyReads = idsFromHash().length
  ? null
  : Promise.race([earlyReadsDone(), new Promise((done) => setTimeout(done, EARLY_READS_WAIT_MS))]);
void Promise.all([language, earlyReads]).then(() => {
  showAnsweredTaxonomies();
  const root = document.getElementById('root')!;
  handOver(root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
