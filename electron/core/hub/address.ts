// A hub's address as shown and remembered: the URL without its passwords, which libpq takes in
// the user part or as ?password=, and the client key's as ?sslpassword=. Free of imports, for
// the desktop app's main process too.
export function withoutPassword(url: URL): string {
  const u = new URL(url);
  u.password = '';
  // Pair by pair, the rest as written (URLSearchParams would write it again its own way), and
  // an address without a password in it as it was: libraries know their hub by it.
  const pairs = u.search.slice(1).split('&');
  const rest = pairs.filter((pair) => !/^(ssl)?password=/.test(pair));
  if (rest.length < pairs.length) u.search = rest.filter(Boolean).join('&');
  return u.toString();
}

/** The client key's password as written in the address (percent-encoded), if it is there. */
export function keyPasswordIn(url: URL): string | undefined {
  const pair = url.search.slice(1).split('&').find((p) => p.startsWith('sslpassword='));
  return pair?.slice('sslpassword='.length);
}
