import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes the whole file or nothing: into a file beside it, then renamed over it, so that a
 * full disk or a failure half way leaves any earlier file at that path as it was. */
export async function writeWholeFile(path: string, data: Uint8Array): Promise<void> {
  const part = join(dirname(path), `.${basename(path)}.${process.pid}.part`);
  try {
    await writeFile(part, data);
    await rename(part, path);
  } catch (e) {
    await rm(part, { force: true });
    throw e;
  }
}
