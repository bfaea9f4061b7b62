// The page's first script, small on purpose: it asks the core for the library's first rows, then
// loads the app (mount.tsx). The core answers while the page fetches, evaluates and renders the
// app, and the list takes those answers (callEarly) instead of asking once it exists. When the
// answers are those the app last rendered, that page is shown before the app is there (earlyPaint.ts).
import { callEarly, openSocketEarly } from './api/client.js';
import { afterPaint, paintEarly } from './earlyPaint.js';
import { firstRequests } from './library/articleWindows.js';
import { filterStore, listInput } from './library/filters.js';
import { idsFromHash } from './reader/layout.js';
import './styles/base.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/finder.css';
import './styles/classroom.css';

// The window opens on the library unless the address names articles to read (App's initialView):
// their texts are asked for at once, for each pane's identical call to take.
const reading = idsFromHash().length > 0;
openSocketEarly();
for (const id of idsFromHash()) callEarly('articles.get', { id });
let painted = Promise.resolve(false);
if (!reading) {
  const [count, firstWindow] = firstRequests(listInput(filterStore.get()));
  callEarly('list.window', firstWindow);
  callEarly('list.count', count);
  painted = paintEarly(count, firstWindow);
}
// What else the app's first render shows, asked for after what it shows first (the page has a few
// connections to its host, and its code takes some): the taxonomies (the filters, the claims'
// colours) and the library's count, outlets and collections.
callEarly('taxonomies.list', {});
if (!reading) for (const method of ['library.info', 'list.outlets', 'collections.list'] as const) callEarly(method, {});
// Chromium loads its number formats' locale data on the first use of Intl.NumberFormat, a task of
// 35-55 ms that the app's first translated message would otherwise make. Without an early page to
// paint, that is done while the page waits for the app's chunks and the first answers (in a timer:
// a page has no idle time before its first frame); with one, it would only put off its paint.
const loadNumberFormats = () => void setTimeout(() => Intl.NumberFormat.supportedLocalesOf('en'));
// With the library's rows painted early, the app (a long task to evaluate) waits for that frame.
void painted.then((shown) => (shown ? afterPaint() : loadNumberFormats())).then(() => import('./mount.js'));
// Opening on the reader: its chunk is fetched beside the app's, not once the app asks for it.
if (reading) void import('./reader/Reader.js');
