// Runs the real `gloss` command as a person would, in its own process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/corpus.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment's locale is left out (gloss speaks English) unless `env` sets one. */
export function gloss(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...rest, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a --json command that must succeed, and parses what it printed. */
export async function glossJson<T>(args: string[]): Promise<T> {
  const run = await gloss([...args, '--json']);
  if (run.code !== 0) throw new Error(`gloss ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
