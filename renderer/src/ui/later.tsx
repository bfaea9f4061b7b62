// Views and dialogs the library's first paint does not show, in chunks of their own: the page's
// first script stays what the first rows need. Each is fetched the first time it renders (it is
// local, a few ms) or earlier by preloadLater(), once the window is idle after its start.
import { lazy, Suspense, type ComponentType } from 'react';

const loaders: Array<() => Promise<unknown>> = [];

/** A component from a chunk of its own, shown as nothing for the moment the chunk takes. */
export function later<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () => (loading ??= load().then((component) => ({ default: component })));
  loaders.push(once);
  const Lazy = lazy(once);
  return function Later(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/** Fetches every chunk made by later(), so that opening one later does not wait for it. */
export function preloadLater(): void {
  for (const load of loaders) void load().catch(() => undefined); // a failure shows when it renders
}
