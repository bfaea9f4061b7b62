// Which processes have the library open: each writes a marker named by its pid into
// <data folder>/open/ and removes it when it closes the library. A marker whose process is
// gone means a shutdown that was not clean (a crash, a power cut, kill -9).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = (dataDir: string) => join(dataDir, 'open');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function pids(dataDir: string): number[] {
  if (!existsSync(folder(dataDir))) return [];
  return readdirSync(folder(dataDir)).map(Number).filter((pid) => Number.isInteger(pid) && pid > 0);
}

/** Marks the library open by this process; answers the processes before it that left it open. */
export function markOpen(dataDir: string): number[] {
  mkdirSync(folder(dataDir), { recursive: true });
  writeFileSync(join(folder(dataDir), String(process.pid)), '');
  return pids(dataDir).filter((pid) => pid !== process.pid && !isAlive(pid));
}

/** Their unclean shutdown has been checked for: removed only then, so that a Gloss that closes
 * (or is killed) before its check leaves the check to the next. */
export function forgetUnclean(dataDir: string, gone: number[]): void {
  for (const pid of gone) rmSync(join(folder(dataDir), String(pid)), { force: true });
}

/** The library was closed cleanly by this process. */
export function markClosed(dataDir: string): void {
  rmSync(join(folder(dataDir), String(process.pid)), { force: true });
}

/** Other living processes that have the library open now. */
export function otherOpeners(dataDir: string): number[] {
  return pids(dataDir).filter((pid) => pid !== process.pid && isAlive(pid));
}
