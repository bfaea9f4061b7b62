// The page's first script, small on purpose: it asks the core for the library's first rows, then
// loads the app (mount.tsx). The core answers while the page fetches, evaluates and renders the
// app, and the list takes those answers (callEarly) instead of asking once it exists.
import { callEarly } from './api/client.js';
import { firstRequests } from './library/articleWindows.js';
import { filterStore, listInput } from './library/filters.js';
import { idsFromHash } from './reader/layout.js';
import './styles/base.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/finder.css';
import './styles/classroom.css';

// The window opens on the library unless the address names articles to read (App's initialView).
if (!idsFromHash().length) {
  const [count, firstWindow] = firstRequests(listInput(filterStore.get()));
  callEarly('list.window', firstWindow);
  callEarly('list.count', count);
}
void import('./mount.js');
// Opening on the reader: its chunk is fetched beside the app's, not once the app asks for it.
if (idsFromHash().length) void import('./reader/Reader.js');
