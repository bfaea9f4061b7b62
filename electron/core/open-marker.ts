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

/** Marks the library open by this process; true when a process before it left it open. */
export function markOpen(dataDir: string): boolean {
  mkdirSync(folder(dataDir), { recursive: true });
  let unclean = false;
  for (const pid of pids(dataDir)) {
    if (pid === process.pid || isAlive(pid)) continue;
    unclean = true;
    rmSync(join(folder(dataDir), String(pid)), { force: true });
  }
  writeFileSync(join(folder(dataDir), String(process.pid)), '');
  return unclean;
}

/** The library was closed cleanly by this process. */
export function markClosed(dataDir: string): void {
  rmSync(join(folder(dataDir), String(process.pid)), { force: true });
}

/** Other living processes that have the library open now. */
export function otherOpeners(dataDir: string): number[] {
  return pids(dataDir).filter((pid) => pid !== process.pid && isAlive(pid));
}
