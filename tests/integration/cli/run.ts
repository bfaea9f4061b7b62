// Runs the real `gloss` command as a person would, in its own process.
import { spawn } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/corpus.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A gloss command under way: its pid, and its end. */
export interface Started {
  pid: number;
  done: Promise<Run>;
}

/** The environment's locale is left out (gloss speaks English) unless `env` sets one. */
export function startGloss(args: string[], env: Record<string, string> = {}): Started {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), ...args], {
    cwd: repoRoot,
    env: { ...rest, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { pid: child.pid!, done };
}

export function gloss(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return startGloss(args, env).done;
}

/** Runs a --json command that must succeed, and parses what it printed. */
export async function glossJson<T>(args: string[]): Promise<T> {
  const run = await gloss([...args, '--json']);
  if (run.code !== 0) throw new Error(`gloss ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Whether the process has `file` open now (Linux: /proc/<pid>/fd). */
export function hasOpen(pid: number, file: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}
