// A hub's address as shown and remembered: the URL without its password, which libpq takes in
// the user part or as ?password=. Free of imports, for the desktop app's main process too.
export function withoutPassword(url: URL): string {
  const u = new URL(url);
  u.password = '';
  u.searchParams.delete('password');
  return u.toString();
}
