// The app, rendered once the interface's language is loaded (main.tsx loads this).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { earlyReadsDone } from './api/client.js';
import { App, loadFirstView } from './App.js';
import { handOver } from './earlyPaint.js';
import { languageLoaded } from './i18n.js'; // before any component renders: the language and the page's direction
import { showAnsweredTaxonomies } from './taxonomy/taxonomies.js';

// Without its language's catalogues the window still opens, in English.
const language = languageLoaded.catch((e: unknown) => console.error('The interface language could not be loaded:', e));
// The answers to the reads the first script made, waited for up to this long: with them the first
// render shows the rows, their count and the filters at once, where each answer that came after
// it made another render of the whole window.
const EARLY_READS_WAIT_MS = 150;
const earlyReads = Promise.race([earlyReadsDone(), new Promise((done) => setTimeout(done, EARLY_READS_WAIT_MS))]);
// A view whose chunk failed renders as it would without this wait, and says so there.
void Promise.all([language, loadFirstView().catch(() => undefined), earlyReads]).then(() => {
  showAnsweredTaxonomies();
  const root = document.getElementById('root')!;
  handOver(root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
