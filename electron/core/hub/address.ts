// A hub's address as shown and remembered: the URL without its password, which libpq takes in
// the user part or as ?password=. Free of imports, for the desktop app's main process too.
export function withoutPassword(url: URL): string {
  const u = new URL(url);
  u.password = '';
  // Pair by pair, the rest as written: URLSearchParams would write it again its own way.
  const rest = u.search.slice(1).split('&').filter((pair) => pair && !pair.startsWith('password='));
  u.search = rest.length ? `?${rest.join('&')}` : '';
  return u.toString();
}
