// The built renderer as both the Electron protocol and the browser-mode host serve it: one
// Content-Security-Policy, one MIME table, one rule for mapping a URL path to a file, and one
// answer (with its headers) when there is no such file or no build at all.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The page loads only its own scripts, styles and data: nothing inline, nothing remote. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function mimeType(file: string): string {
  return mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppFile {
  path: string;
  type: string;
  isHtml: boolean;
}

/**
 * Maps a URL path to a file under root, or null. Never leaves root: not by `..`, encoded
 * separators, NUL bytes or symlinks. `/` and paths without an extension (app routes) give index.html.
 */
export async function resolveAppFile(root: string, urlPath: string): Promise<AppFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const wanted = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (!isInside(base, wanted)) return null;
  const candidates = extname(wanted) === '' ? [wanted, join(base, 'index.html')] : [wanted];
  for (const candidate of candidates) {
    const file = await existingFile(base, candidate);
    if (file) return { path: file, type: mimeType(file), isHtml: extname(file) === '.html' };
  }
  return null;
}

async function existingFile(base: string, candidate: string): Promise<string | null> {
  try {
    const [realBase, real] = await Promise.all([realpath(base), realpath(candidate)]);
    if (!isInside(realBase, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function isInside(base: string, path: string): boolean {
  const rel = relative(base, path);
  return !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/**
 * A file the build named by its content (Vite's assets/<name>-<hash>.<ext>): a change makes a new
 * name, so the browser may keep it, and V8 the compiled code of a script, from one start to the
 * next. The page itself, which names them, is asked for anew each time.
 */
function isHashed(file: AppFile): boolean {
  return basename(dirname(file.path)) === 'assets' && /-[\w-]{8}\.[a-z0-9]+$/i.test(basename(file.path));
}

const notBuiltMessage =
  'The Gloss window has not been built yet. Run `npm run build` (or `npm run serve`, which builds it first), then reload.';

/** What either door answers to a GET of urlPath: the file with its own headers, or a status and a message. */
export type AppFileAnswer =
  | { status: 200; file: AppFile; headers: Record<string, string> }
  | { status: 404 | 503; message: string };

export async function answerAppFile(root: string, urlPath: string): Promise<AppFileAnswer> {
  const file = await resolveAppFile(root, urlPath);
  if (file) {
    const headers: Record<string, string> = { 'content-type': file.type, 'cache-control': isHashed(file) ? 'max-age=31536000, immutable' : 'no-cache' };
    if (file.isHtml) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    return { status: 200, file, headers };
  }
  // A miss while the page itself is there is a missing file; otherwise nothing was built.
  return (await resolveAppFile(root, '/')) ? { status: 404, message: 'Not found.' } : { status: 503, message: notBuiltMessage };
}
