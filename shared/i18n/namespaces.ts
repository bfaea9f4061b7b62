// One catalogue per area of the app and language. An area's strings live in its namespace
// (shared/i18n/locales/<language>/<namespace>.json); `common` holds the words every area uses.
export const namespaces = ['common', 'library', 'records', 'reader', 'annotate', 'finder', 'classroom', 'team', 'exports', 'taxonomy', 'errors', 'reports', 'cli'] as const;
export type Namespace = (typeof namespaces)[number];
