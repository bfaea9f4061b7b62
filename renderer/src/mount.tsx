// The app, rendered once the interface's language is loaded (main.tsx loads this).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadFirstView } from './App.js';
import { handOver } from './earlyPaint.js';
import { languageLoaded } from './i18n.js'; // before any component renders: the language and the page's direction
import { showAnsweredTaxonomies } from './taxonomy/taxonomies.js';

// Without its language's catalogues the window still opens, in English.
const language = languageLoaded.catch((e: unknown) => console.error('The interface language could not be loaded:', e));
// A view whose chunk failed renders as it would without this wait, and says so there.
void Promise.all([language, loadFirstView().catch(() => undefined)]).then(() => {
  showAnsweredTaxonomies();
  const root = document.getElementById('root')!;
  handOver(root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
