// Views and dialogs the library's first paint does not show, in chunks of their own: the page's
// first script stays what the first rows need. Each is fetched the first time it renders (it is
// local, a few ms) or earlier by preloadLater(), once the window is idle after its start, or by
// its own load() when the window opens on it.
import { lazy, Suspense, useState, type ComponentType } from 'react';

const loaders: Array<() => Promise<unknown>> = [];

/** A component from a chunk of its own; load() fetches the chunk. */
export type Later<P> = ComponentType<P> & { load(): Promise<unknown> };

/** A component from a chunk of its own, shown as nothing for the moment the chunk takes. */
export function later<P extends object>(load: () => Promise<ComponentType<P>>): Later<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  loaders.push(once);
  const Lazy = lazy(once);
  function Later(props: P) {
    // A chunk already there renders in this render, not in one after a suspended one (a lazy
    // component always suspends once). Chosen when the instance mounts, so it never remounts.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Object.assign(Later, { load: once });
}

/** Fetches every chunk made by later(), so that opening one later does not wait for it. */
export function preloadLater(): void {
  for (const load of loaders) void load().catch(() => undefined); // a failure shows when it renders
}
