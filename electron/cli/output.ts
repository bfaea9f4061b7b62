// Everything the CLI prints: JSON for scripts, aligned plain text for people.
import { t } from './i18n.js';

export interface Output {
  json: boolean;
  /** stdout is a terminal: colours and widths make sense. */
  tty: boolean;
  /** stderr is a terminal: progress may redraw one line. */
  errTty: boolean;
  line(text?: string): void;
  value(value: unknown): void;
  warn(text: string): void;
  progress(text: string): void;
  endProgress(): void;
}

export function stdOutput(json: boolean): Output {
  const errTty = Boolean(process.stderr.isTTY);
  let progressShown = false;
  return {
    json,
    tty: Boolean(process.stdout.isTTY),
    errTty,
    line: (text = '') => void process.stdout.write(text + '\n'),
    value: (value) => void process.stdout.write(JSON.stringify(value, null, 2) + '\n'),
    warn: (text) => void process.stderr.write(text + '\n'),
    progress(text) {
      if (errTty) {
        process.stderr.write(`\r\x1b[2K${text}`);
        progressShown = true;
      } else {
        process.stderr.write(text + '\n');
      }
    },
    endProgress() {
      if (progressShown) process.stderr.write('\r\x1b[2K');
      progressShown = false;
    },
  };
}

/** Columns padded to the widest cell; the last column is never padded (and may be cut to fit). */
export function table(rows: string[][], maxWidth?: number): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => {
    const line = r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(c < widths.length ? widths[c]! : 0))).join('  ');
    return maxWidth && line.length > maxWidth ? line.slice(0, Math.max(0, maxWidth - 1)) + '…' : line;
  });
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}

export function dateOnly(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** Marks [start, end) ranges of text: bold on a terminal, [brackets] when piped. */
export function highlight(text: string, ranges: Array<[number, number]>, tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return out + text.slice(at);
}

/** The heading of a table of articles. */
export function articleColumns(): string[] {
  return [t('cli:columns.id'), t('cli:columns.date'), t('cli:columns.outlet'), t('cli:columns.title')];
}
